--TEST--
Study\Runtime::enableCoroutine() with flags outside HOOK_ALL (the bit above it, -1, HOOK_ALL with a bit above it, PHP_INT_MAX, PHP_INT_MIN) throws ValueError and leaves the hooks as they were; a non-int argument throws TypeError
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_SLEEP | Runtime::HOOK_DNS);
// Named, not printed: HOOK_ALL grows with every new flag.
$cases = ['HOOK_ALL + 1' => Runtime::HOOK_ALL + 1, '-1' => -1, 'HOOK_ALL | (HOOK_ALL + 1) * 2' => Runtime::HOOK_ALL | (Runtime::HOOK_ALL + 1) * 2,
    'PHP_INT_MAX' => PHP_INT_MAX, 'PHP_INT_MIN' => PHP_INT_MIN, "'tcp'" => 'tcp'];
foreach ($cases as $name => $flags) {
    try {
        var_dump(Runtime::enableCoroutine($flags));
    } catch (Throwable $e) {
        echo $name, ": ", get_class($e), ", message ", $e->getMessage() !== '' ? "set" : "EMPTY", "\n";
    }
    echo "flags still ", Runtime::getHookFlags(), "\n";
}
// The hooks still work: the sleeping coroutines suspend, so the main script goes on before they wake. (Started in
// the order of their deadlines, so that order holds however slow the run.)
Sgo(function () { usleep(20000); echo "slept 20 ms\n"; });
Sgo(function () { usleep(200000); echo "slept 200 ms\n"; });
echo "main goes on\n";
?>
--EXPECT--
HOOK_ALL + 1: ValueError, message set
flags still 33
-1: ValueError, message set
flags still 33
HOOK_ALL | (HOOK_ALL + 1) * 2: ValueError, message set
flags still 33
PHP_INT_MAX: ValueError, message set
flags still 33
PHP_INT_MIN: ValueError, message set
flags still 33
'tcp': TypeError, message set
flags still 33
main goes on
slept 20 ms
slept 200 ms
