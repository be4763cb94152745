--TEST--
Study\Coroutine::sleep(): a negative, NAN or INF number of seconds throws ValueError, in the main script and in a coroutine, without suspending
--EXTENSIONS--
study
--FILE--
<?php
function try_sleep($seconds) {
    try {
        var_dump(Sco::sleep($seconds));
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
foreach ([-1, -0.001, NAN, INF, -INF] as $seconds) {
    try_sleep($seconds);
}
Sgo(function () {
    echo "in coroutine ", Sco::getCid(), "\n";
    try_sleep(-0.5);
    try_sleep(NAN);
    echo "still running in ", Sco::getCid(), "\n";
});
// A string that is not a number is a TypeError as for any float parameter.
try {
    Sco::sleep("soon");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "end\n";
?>
--EXPECT--
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
in coroutine 1
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
ValueError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be a finite number of seconds, 0 or more
still running in 1
TypeError: Study\Coroutine::sleep(): Argument #1 ($seconds) must be of type float, string given
end
