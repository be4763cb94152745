--TEST--
When the main script kept the loop from running past several deadlines, the sleeps and timers that are overdue all at once still wake and fire in the order of their deadlines: a timer due later does not run before a coroutine whose sleep ended earlier
--EXTENSIONS--
study
--FILE--
<?php
// The main script works for 0.05 s without suspending; by then every deadline below has passed.
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}
Sgo(function () { Sco::sleep(0.01); echo "sleeper (0.01 s)\n"; });
Study\Timer::after(0.02, function () { echo "timer (0.02 s)\n"; });
Sgo(function () { Sco::sleep(0.03); echo "sleeper (0.03 s)\n"; });
Study\Timer::after(0.04, function () { echo "timer (0.04 s)\n"; });
work(0.05);
echo "main: sleeps\n";
Sco::sleep(0);
echo "main: woke\n";

echo "--- tick\n";
// A tick every 0.01 s and a coroutine sleeping 0.015 s, overdue together: the tick's first run comes first.
$tick = Study\Timer::tick(0.01, function () use (&$tick) {
    echo "tick\n";
    Study\Timer::clear($tick);
});
Sgo(function () { Sco::sleep(0.015); echo "sleeper (0.015 s)\n"; });
work(0.03);
?>
--EXPECT--
main: sleeps
sleeper (0.01 s)
timer (0.02 s)
sleeper (0.03 s)
timer (0.04 s)
main: woke
--- tick
tick
sleeper (0.015 s)
