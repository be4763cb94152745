--TEST--
Study\Coroutine::sleep() in the main script blocks only the main script: sleeping coroutines and timers due meanwhile run, and it returns true
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
Sgo(function () {
    echo "co: sleeps\n";
    Sco::sleep(0.01);
    echo "co: woke while main sleeps\n";
    // A minute, canceled by the main script once its short sleep has ended: no load eats that margin.
    try {
        Sco::sleep(60);
        echo "co: SLEPT A MINUTE\n";
    } catch (Study\Coroutine\CanceledException) {
        echo "co: still asleep after main's short sleep, canceled\n";
    }
});
Study\Timer::after(0.02, function () { echo "timer: fired while main sleeps, cid ", Sco::getCid(), "\n"; });
echo "main: sleeps\n";
var_dump(Sco::sleep(0.03));
echo "main: woke, live ", json_encode(Sco::list()), "\n";
// A short sleep of the main script ends before the coroutine's longer one.
var_dump(Sco::sleep(0.001));
echo "main: ends\n";
Sco::cancel(3);
?>
--EXPECT--
co: sleeps
main: sleeps
co: woke while main sleeps
timer: fired while main sleeps, cid 4
bool(true)
main: woke, live [3]
bool(true)
main: ends
co: still asleep after main's short sleep, canceled
