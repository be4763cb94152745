--TEST--
Study\Coroutine: an uncaught exception in a nested coroutine is reported like one in the main script, the resumers cannot catch it, the script stops, shutdown functions and the destruction of suspended coroutines still run
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function\n"; });
$sleeper = Sgo(function () {
    try {
        Sco::yield();
        echo "sleeper: never resumed normally\n";
    } finally {
        echo "sleeper: finally at destruction\n";
    }
});
function fail(string $message): never {
    throw new UnexpectedValueException($message, 12);
}
$outer = Sgo(function () {
    $inner = Sgo(function () {
        Sco::yield();
        fail("thrown in the inner coroutine");
    });
    Sco::yield();
    try {
        Sco::resume($inner);
    } catch (Throwable $e) {
        echo "outer: caught ", get_class($e), "\n";
    }
    echo "outer: not reached\n";
});
try {
    Sco::resume($outer);
} catch (Throwable $e) {
    echo "main: caught ", get_class($e), "\n";
}
echo "main: not reached\n";
?>
--EXPECTF--
Fatal error: Uncaught UnexpectedValueException: thrown in the inner coroutine in %s:12
Stack trace:
#0 %s(17): fail('thrown in the i...')
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(15): {coroutine 3, created by coroutine 2}()
#3 {main}
  thrown in %s on line 12
shutdown function
sleeper: finally at destruction
