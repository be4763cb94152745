--TEST--
With HOOK_SLEEP, sleep(), usleep(), time_nanosleep() and time_sleep_until() in coroutines suspend only their coroutine: the main script goes on before any of them wakes, they wake in the order of their deadlines, not of their creation (one created first that sleeps a minute is still asleep when the others have woken, and is canceled), and each returns what PHP's returns (0, NULL, true, true)
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SLEEP);
// Each hooked function once, so that under valgrind none of the coroutines below starts late (valgrind translates
// each code path the first time it runs, which takes as long as the sleeps here).
Sco::join([Sgo(function () { sleep(0); usleep(1); time_nanosleep(0, 1); time_sleep_until(microtime(true) + 0.05); })]);
// The first one sleeps a minute: sleeps woken in the order of their creation would wake it first (or keep the
// others waiting behind it), whatever the load. The others start in the order of their deadlines, so their order
// does not hang on the moments between the starts. The first is canceled once the others woke.
$first = Sgo(function () {
    $left = sleep(60);
    echo "sleep(60) ", $left >= 30 ? "still asleep when canceled" : "RETURNED $left", "\n";
});
$others = [];
$others[] = Sgo(function () { var_dump(usleep(50000)); echo "usleep(50 ms) woke\n"; });
$others[] = Sgo(function () { var_dump(usleep(100000)); echo "usleep(100 ms) woke\n"; });
$others[] = Sgo(function () { var_dump(time_nanosleep(0, 200000000)); echo "time_nanosleep(0.2 s) woke\n"; });
$others[] = Sgo(function () { var_dump(time_sleep_until(microtime(true) + 0.3)); echo "time_sleep_until(+0.3 s) woke\n"; });
$others[] = Sgo(function () { var_dump(sleep(1)); echo "sleep(1) woke\n"; });
echo "main goes on\n";
Sgo(function () use ($first, $others) {
    Sco::join($others);
    Sco::cancel($first);
});
?>
--EXPECT--
main goes on
NULL
usleep(50 ms) woke
NULL
usleep(100 ms) woke
bool(true)
time_nanosleep(0.2 s) woke
bool(true)
time_sleep_until(+0.3 s) woke
int(0)
sleep(1) woke
sleep(60) still asleep when canceled
