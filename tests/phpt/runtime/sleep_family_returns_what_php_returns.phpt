--TEST--
With HOOK_SLEEP, sleep(0), usleep(0), usleep(1000), time_nanosleep(0, 1000), time_sleep_until() of a near time and of a past time return exactly what PHP's functions return (0, NULL, NULL, true, true, false with PHP's warning), in the main script and in a coroutine; the same calls with the hooks disabled print the same
--EXTENSIONS--
study
--FILE--
<?php
function calls(string $where): void
{
    echo "-- $where\n";
    var_dump(sleep(0));
    var_dump(usleep(0));
    var_dump(usleep(1000));
    var_dump(time_nanosleep(0, 1000));
    var_dump(time_sleep_until(microtime(true) + 0.1));
    var_dump(time_sleep_until(microtime(true) - 1));
}
calls("hooks disabled");
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SLEEP);
calls("main script");
Sco::join([Sgo('calls', "coroutine")]);
?>
--EXPECTF--
-- hooks disabled
int(0)
NULL
NULL
bool(true)
bool(true)

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %s on line %d
bool(false)
-- main script
int(0)
NULL
NULL
bool(true)
bool(true)

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %s on line %d
bool(false)
-- coroutine
int(0)
NULL
NULL
bool(true)
bool(true)

Warning: time_sleep_until(): Argument #1 ($timestamp) must be greater than or equal to the current time in %s on line %d
bool(false)
