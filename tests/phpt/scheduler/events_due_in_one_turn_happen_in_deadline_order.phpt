--TEST--
Study\Coroutine: when several deadlines have passed by the time the loop runs again, they happen in deadline order: what an earlier one does (a cancel, the end of a joined coroutine) comes before a later timeout
--EXTENSIONS--
study
--FILE--
<?php
// The main script works past every deadline below without running the loop, so all of them are due in the same
// turn. They are handled as if each happened at its deadline.
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}
$b = Sgo(function () use (&$a) {
    Sco::sleep(0.01);
    echo "B: cancels A\n";
    var_dump(Sco::cancel($a));
});
$a = Sgo(function () {
    try {
        Sco::sleep(0.02);
        echo "A: NOT REACHED\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "A: canceled before its own deadline\n";
    }
    // Its next sleep lasts as long as it should: C's shorter one, started at the same time, ends first.
    Sgo(function () { Sco::sleep(0.01); echo "C: woke\n"; });
    Sco::sleep(0.03);
    echo "A: second sleep ended\n";
});
work(0.03);
Sco::join([$a, $b]);

echo "--- join\n";
// E joins a worker that ends (at 0.005 s) before E's timeout (0.02 s): the join succeeds.
$worker = Sgo(function () { Sco::sleep(0.005); echo "worker: ends\n"; });
$e = Sgo(function () use ($worker) {
    var_dump(Sco::join([$worker], 0.02));
    echo "E: joined\n";
});
// F's join times out (0.01 s) before its worker ends (0.2 s): the worker starts its sleep only after F's join
// started, so the order holds however slow the run.
$slow = Sgo(function () { Sco::yield(); Sco::sleep(0.2); echo "slow worker: ends\n"; });
$f = Sgo(function () use ($slow) {
    var_dump(Sco::join([$slow], 0.01));
    echo "F: timed out\n";
});
Sco::resume($slow);
work(0.21);
?>
--EXPECT--
B: cancels A
A: canceled before its own deadline
bool(true)
C: woke
A: second sleep ended
--- join
worker: ends
bool(true)
E: joined
bool(false)
F: timed out
slow worker: ends
