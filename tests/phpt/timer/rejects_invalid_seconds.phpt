--TEST--
Study\Timer::after() and tick(): negative, NAN and INF seconds throw ValueError, and 0 for tick() as well (after() accepts 0); a non-callable is a TypeError; nothing is added on error
--EXTENSIONS--
study
--FILE--
<?php
$fn = function () { echo "never runs\n"; };
foreach (['after', 'tick'] as $method) {
    foreach ([-1, -0.001, NAN, INF, 0] as $seconds) {
        try {
            $id = Study\Timer::$method($seconds, function () use ($method) { echo "$method(0) ran\n"; });
            echo "$method($seconds): id $id\n";
        } catch (ValueError $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
}
try {
    Study\Timer::after(0.01, 'no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "listed: ", json_encode(Study\Timer::list()), "\n";
?>
--EXPECT--
ValueError: Study\Timer::after(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Timer::after(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Timer::after(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Timer::after(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
after(0): id 1
ValueError: Study\Timer::tick(): Argument #1 ($seconds) must be a finite number of seconds above 0
ValueError: Study\Timer::tick(): Argument #1 ($seconds) must be a finite number of seconds above 0
ValueError: Study\Timer::tick(): Argument #1 ($seconds) must be a finite number of seconds above 0
ValueError: Study\Timer::tick(): Argument #1 ($seconds) must be a finite number of seconds above 0
ValueError: Study\Timer::tick(): Argument #1 ($seconds) must be a finite number of seconds above 0
TypeError: Study\Timer::after(): Argument #2 ($fn) must be a valid callback, function "no_such_function" not found or invalid function name
listed: [1]
after(0) ran
