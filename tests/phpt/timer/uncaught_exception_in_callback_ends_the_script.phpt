--TEST--
Study\Timer: an uncaught exception in a timer callback is reported like any uncaught exception and ends the script: later timers do not run, shutdown functions run, sleeping coroutines are destroyed (finally blocks run)
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
Sgo(function () {
    try {
        Sco::sleep(60);
        echo "sleeper: not reached\n";
    } finally {
        echo "sleeper: finally\n";
    }
});
// Both due a minute after the tick's first run, a margin no load eats; the exception ends the script long before.
Study\Timer::after(60, function () { echo "later timer: not reached\n"; });
Study\Timer::tick(0.005, function (string $what) {
    echo "tick: throws\n";
    throw new DomainException("thrown by the $what");
}, 'tick');
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECTF--
main: end
tick: throws

Fatal error: Uncaught DomainException: thrown by the tick in %s:%d
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}('tick')
#1 %s(13): {coroutine 4, created by timer 3}()
#2 {main}
  thrown in %s on line %d
sleeper: finally
shutdown function
