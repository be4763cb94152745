--TEST--
Study\Coroutine: a fatal error (E_USER_ERROR) in a nested coroutine is reported normally, the script stops and shutdown functions run; suspended coroutines are freed
--EXTENSIONS--
study
--ENV--
USE_TRACKED_ALLOC=1
--FILE--
<?php
// USE_TRACKED_ALLOC=1: under valgrind (USE_ZEND_ALLOC=0) PHP itself leaks after any fatal error unless allocations
// are tracked; tracking keeps the run clean while valgrind still checks every access.
register_shutdown_function(function () { echo "shutdown function in cid ", Sco::getCid(), "\n"; });
// Suspended coroutines holding values when the script dies.
for ($i = 0; $i < 3; $i++) {
    Sgo(function () {
        $data = [str_repeat('x', 100), new ArrayObject([1, 2, 3])];
        Sco::yield();
    });
}
$outer = Sgo(function () {
    Sgo(function () {
        Sco::defer(fn() => print("defer\n"));
        Sco::yield();
        $object = new stdClass();
        trigger_error("fatal in coroutine " . Sco::getCid(), E_USER_ERROR);
        echo "inner: not reached\n";
    });
    Sco::yield();
    Sco::resume(5);
    echo "outer: not reached\n";
});
echo "main: resuming\n";
Sco::resume($outer);
echo "main: not reached\n";
?>
--EXPECTF--
main: resuming
%r(\nDeprecated: Passing E_USER_ERROR to trigger_error\(\) is deprecated[^\n]*\n)?%r
Fatal error: fatal in coroutine 5 in %s on line 17
shutdown function in cid -1
