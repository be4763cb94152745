--TEST--
Study\Coroutine::join(): a coroutine waits until every listed coroutine has ended, whatever order they end in, and gets true; ids listed twice and ended ones are fine
--EXTENSIONS--
study
--FILE--
<?php
$ids = [];
// The workers end in the order 1, 2, 0, then the yielder, each resumed by a driver after a turn of the loop (so that
// whatever the previous end woke has run): the order comes from the resumes, not from timers a loaded machine can
// bunch up.
foreach ([0, 1, 2] as $i) {
    $ids[] = Sgo(function () use ($i) {
        Sco::yield();
        echo "worker $i ends\n";
        return $i;
    });
}
$yielder = Sgo(function () { Sco::yield(); echo "yielder ends\n"; });
Sgo(function () use ($ids, $yielder) {
    foreach ([$ids[1], $ids[2], $ids[0], $yielder] as $id) {
        Sco::sleep(0.01);
        Sco::resume($id);
    }
});
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
