--TEST--
Study\Coroutine::join(): a coroutine waits until every listed coroutine has ended, whatever order they end in, and gets true; ids listed twice and ended ones are fine
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
$ids = [];
// 50 ms between the deadlines: more than a loaded machine puts between the starts.
foreach ([0.15, 0.05, 0.1] as $i => $seconds) {
    $ids[] = Sgo(function () use ($i, $seconds) {
        Sco::sleep($seconds);
        echo "worker $i ends\n";
        return $i;
    });
}
// One that yields and is resumed by another coroutine: join waits for it as well.
$yielder = Sgo(function () { Sco::yield(); echo "yielder ends\n"; });
Sgo(function () use ($yielder) { Sco::sleep(0.2); Sco::resume($yielder); });
$ended = Sgo(function () {});
Sgo(function () use ($ids, $yielder, $ended) {
    echo "joiner: waits\n";
    var_dump(Sco::join([...$ids, $yielder, $ids[0], $ended]));
    echo "joiner: live after join ", json_encode(array_values(array_intersect(Sco::list(), [...$ids, $yielder]))), "\n";
});
// Two joiners of the same coroutine both wake.
Sgo(function () use ($ids) {
    var_dump(Sco::join([$ids[1]]));
    echo "second joiner: woke\n";
});
echo "main: end\n";
?>
--EXPECT--
joiner: waits
main: end
worker 1 ends
bool(true)
second joiner: woke
worker 2 ends
worker 0 ends
yielder ends
bool(true)
joiner: live after join []
