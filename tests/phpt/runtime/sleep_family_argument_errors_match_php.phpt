--TEST--
With HOOK_SLEEP, bad arguments to sleep(), usleep() and time_nanosleep() throw PHP's own ValueError and TypeError with PHP's messages, in the main script and in a coroutine, exactly as with the hooks disabled; nothing sleeps and the coroutine goes on
--EXTENSIONS--
study
--FILE--
<?php
function calls(string $where): void
{
    echo "-- $where\n";
    $calls = [
        fn() => sleep(-1),
        fn() => usleep(-1),
        fn() => time_nanosleep(-1, 0),
        fn() => time_nanosleep(0, -1),
        fn() => time_nanosleep(0, 1000000000),
        fn() => sleep('one'),
        fn() => time_sleep_until('soon'),
    ];
    foreach ($calls as $call) {
        try {
            var_dump($call());
        } catch (Throwable $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
}
calls("hooks disabled");
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SLEEP);
calls("main script");
Sco::join([Sgo('calls', "coroutine")]);
echo "done\n";
?>
--EXPECT--
-- hooks disabled
ValueError: sleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
ValueError: Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
TypeError: sleep(): Argument #1 ($seconds) must be of type int, string given
TypeError: time_sleep_until(): Argument #1 ($timestamp) must be of type float, string given
-- main script
ValueError: sleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
ValueError: Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
TypeError: sleep(): Argument #1 ($seconds) must be of type int, string given
TypeError: time_sleep_until(): Argument #1 ($timestamp) must be of type float, string given
-- coroutine
ValueError: sleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: usleep(): Argument #1 ($microseconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0
ValueError: time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0
ValueError: Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative
TypeError: sleep(): Argument #1 ($seconds) must be of type int, string given
TypeError: time_sleep_until(): Argument #1 ($timestamp) must be of type float, string given
done
