--TEST--
Regression (tutorial's use-after-free): a wait that ended early (a join satisfied or canceled before its timeout, a sleep canceled) must not be woken by its timeout's timer later, when the same coroutine waits again
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// A's join of B has a 0.02 s timeout but ends at once when B ends at 0.005 s. A then sleeps until 0.105 s. If the
// join's timer were still armed it would fire at 0.02 s into the wait that follows, and A would wake before C
// (0.03 s); without it, A wakes 75 ms after C, a margin no load eats.
$b = Sgo(function () { Sco::sleep(0.005); echo "B: ends\n"; });
Sgo(function () use ($b) {
    var_dump(Sco::join([$b], 0.02));
    echo "A: join ended early\n";
    Sco::sleep(0.1);
    echo "A: woke from the later sleep\n";
});
Sgo(function () { Sco::sleep(0.03); echo "C: woke\n"; });
Sco::join(Sco::list());

echo "--- canceled join, then a join\n";
// E starts its sleep before long's, and a shorter one: E wakes first however slow the run.
Sgo(function () { Sco::sleep(0.02); echo "E: woke\n"; });
$long = Sgo(function () { Sco::sleep(0.1); echo "long: ends\n"; });
$d = Sgo(function () use ($long) {
    try {
        Sco::join([$long], 0.01);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "D: join canceled\n";
    }
    // A second join of the same coroutine, without timeout: neither the first join's timer (0.01 s) nor the end
    // of the first join's wait may end it before $long ends.
    var_dump(Sco::join([$long]));
    echo "D: second join ended with long\n";
});
Sco::cancel($d);
Sco::join(Sco::list());

echo "--- canceled sleep, then a join\n";
$f = Sgo(function () {
    try {
        Sco::sleep(0.01);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "F: sleep canceled\n";
    }
    $g = Sgo(function () { Sco::sleep(0.03); echo "G: ends\n"; });
    var_dump(Sco::join([$g]));
    echo "F: join ended with G\n";
});
Sgo(function () { Sco::sleep(0.02); echo "H: woke\n"; });
Sco::cancel($f);
?>
--EXPECT--
B: ends
bool(true)
A: join ended early
C: woke
A: woke from the later sleep
--- canceled join, then a join
D: join canceled
E: woke
long: ends
bool(true)
D: second join ended with long
--- canceled sleep, then a join
F: sleep canceled
H: woke
G: ends
bool(true)
F: join ended with G
