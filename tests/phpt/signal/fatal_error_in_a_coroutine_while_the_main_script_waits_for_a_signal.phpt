--TEST--
Study\Coroutine\System::waitSignal(): a fatal error in a coroutine while the main script waits for a signal ends the script as the error in the main script would (PHP's message, shutdown functions); the long jump out of the wait leaks nothing (the vectors of signal numbers that the binding and the core kept in C++ locals across the wait leaked)
--EXTENSIONS--
study
--ENV--
USE_TRACKED_ALLOC=1
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
fatal_error_backtraces=0
--FILE--
<?php
// USE_TRACKED_ALLOC=1: under valgrind (USE_ZEND_ALLOC=0) PHP itself leaks after any fatal error unless allocations
// are tracked; study's own memory (operator new) is not tracked, so what it leaks still shows.
register_shutdown_function(function () { echo "shutdown function\n"; });
Sgo(function () {
    Sco::sleep(0.01);
    trigger_error("fatal in a coroutine", E_USER_ERROR);
});
var_dump(Study\Coroutine\System::waitSignal([10, 12, 10, 1, 2, 15]));
echo "not reached\n";
?>
--EXPECTF--
Fatal error: fatal in a coroutine in %s on line %d
shutdown function
