--TEST--
Study\Runtime::enableCoroutine() with flags outside HOOK_ALL (512, -1, HOOK_ALL | 4096, PHP_INT_MAX, PHP_INT_MIN) throws ValueError and leaves the hooks as they were; a non-int argument throws TypeError
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_SLEEP | Runtime::HOOK_DNS);
foreach ([512, -1, Runtime::HOOK_ALL | 4096, PHP_INT_MAX, PHP_INT_MIN, 'tcp'] as $flags) {
    try {
        var_dump(Runtime::enableCoroutine($flags));
    } catch (Throwable $e) {
        echo var_export($flags, true), ": ", get_class($e), ", message ", $e->getMessage() !== '' ? "set" : "EMPTY", "\n";
    }
    echo "flags still ", Runtime::getHookFlags(), "\n";
}
// The hooks still work: sleeping coroutines interleave.
Sgo(function () { usleep(200000); echo "slept 200 ms\n"; });
Sgo(function () { usleep(20000); echo "slept 20 ms\n"; });
echo "main goes on\n";
?>
--EXPECT--
512: ValueError, message set
flags still 33
-1: ValueError, message set
flags still 33
7679: ValueError, message set
flags still 33
9223372036854775807: ValueError, message set
flags still 33
-9223372036854775807-1: ValueError, message set
flags still 33
'tcp': TypeError, message set
flags still 33
main goes on
slept 20 ms
slept 200 ms
