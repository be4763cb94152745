--TEST--
Study\Coroutine::sleep(): sleeping coroutines wake in the order of their deadlines, not of their creation (one created first with a deadline a minute away is still asleep when the later ones have woken, and is canceled); the main script runs on at once and the loop keeps running after it ends
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// c, created first, sleeps a minute: a queue that woke sleepers in the order of their creation would wake it
// before a and b (or leave them asleep behind it), whatever the load. a and b start in the order of their
// deadlines, so their order does not hang on the moments between the starts. c is canceled once both woke.
$c = Sgo(function () {
    try {
        Sco::sleep(60);
        echo "c: SLEPT A MINUTE\n";
    } catch (Study\Coroutine\CanceledException) {
        echo "c: still asleep, canceled\n";
    }
});
$a = Sgo(function () { var_dump(Study\Coroutine::sleep(0.1)); echo "a\n"; });
$b = Sgo(function () { var_dump(Sco::sleep(0.2)); echo "b\n"; });
echo "main\n";
Sgo(function () use ($a, $b, $c) {
    Sco::join([$a, $b]);
    Sco::cancel($c);
});
?>
--EXPECT--
main
bool(true)
a
bool(true)
b
c: still asleep, canceled
