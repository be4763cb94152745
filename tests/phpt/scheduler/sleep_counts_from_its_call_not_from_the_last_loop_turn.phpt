--TEST--
Study\Coroutine::sleep(): a sleep lasts from the moment it is called, even when the main script ran for a while without running the loop since the last sleep started
--EXTENSIONS--
study
--FILE--
<?php
// B sleeps 0.04 s from the start. Then the main script works for 0.06 s without suspending (the loop does not
// run meanwhile), and C sleeps 0.01 s: C's sleep ends 0.07 s after the start, after B's. A sleep measured from
// a clock read before the work would end C's sleep first.
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}
Sgo(function () { Sco::sleep(0.04); echo "B\n"; });
work(0.06);
Sgo(function () { Sco::sleep(0.01); echo "C\n"; });

// The same between the main script's own sleep and a timer, and inside a coroutine.
Sco::join(Sco::list());
echo "---\n";
Study\Timer::after(0.04, function () { echo "timer\n"; });
Sgo(function () {
    work(0.06);
    Sco::sleep(0.01);
    echo "coroutine after work\n";
});
work(0.06);
Sco::sleep(0.01);
echo "main after work\n";
?>
--EXPECT--
B
C
---
timer
coroutine after work
main after work
