--TEST--
With HOOK_SLEEP, sleep(), usleep(), time_nanosleep() and time_sleep_until() in coroutines suspend only their coroutine: the main script goes on before any of them wakes, they wake in the order of their deadlines (not of their creation) and each returns what PHP's returns (0, NULL, true, true)
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SLEEP);
// Each hooked function once, so that under valgrind none of the coroutines below starts late (valgrind translates
// each code path the first time it runs, which takes as long as the sleeps here).
Sco::join([Sgo(function () { sleep(0); usleep(1); time_nanosleep(0, 1); time_sleep_until(microtime(true) + 0.05); })]);
Sgo(function () { var_dump(sleep(1)); echo "sleep(1) woke\n"; });
Sgo(function () { var_dump(time_sleep_until(microtime(true) + 0.3)); echo "time_sleep_until(+0.3 s) woke\n"; });
Sgo(function () { var_dump(usleep(100000)); echo "usleep(100 ms) woke\n"; });
Sgo(function () { var_dump(time_nanosleep(0, 200000000)); echo "time_nanosleep(0.2 s) woke\n"; });
Sgo(function () { var_dump(usleep(50000)); echo "usleep(50 ms) woke\n"; });
echo "main goes on\n";
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
