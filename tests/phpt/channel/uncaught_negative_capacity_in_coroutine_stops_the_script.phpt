--TEST--
new Study\Coroutine\Channel(-1) left uncaught inside a coroutine: the ValueError is reported as an uncaught exception of that coroutine (defers run first), the script stops, code after it does not run
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function\n"; });
Sgo(function () {
    Sco::defer(function () { echo "defer\n"; });
    $chan = new Study\Coroutine\Channel(-1);
    echo "not reached\n";
});
echo "main: not reached\n";
?>
--EXPECTF--
defer

Fatal error: Uncaught ValueError: Study\Coroutine\Channel::__construct(): Argument #1 ($capacity) %s in %s:%d
Stack trace:
#0 %s(%d): Study\Coroutine\Channel->__construct(-1)
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(3): {coroutine 1, created by the main script}()
#3 {main}
  thrown in %s on line %d
shutdown function
