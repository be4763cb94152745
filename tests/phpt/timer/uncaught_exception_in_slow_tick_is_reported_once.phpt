--TEST--
Study\Timer::tick(): a tick whose callback runs longer than its period (and starts a timer on the way) and then throws is reported once as an uncaught exception and ends the script; it does not run again, nor does anything else
--EXTENSIONS--
study
--FILE--
<?php
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}
$runs = 0;
$tick = Study\Timer::tick(0.005, function () use (&$runs, &$tick) {
    $run = ++$runs;
    if ($run > 1) {
        // Only if the script did not end: stop here rather than run on.
        echo "tick run $run: not reached\n";
        Study\Timer::clear($tick);
        return;
    }
    echo "tick run $run: works for four periods, starts a timer, throws\n";
    work(0.02);
    Study\Timer::after(0.001, function () { echo "timer started by the tick: not reached\n"; });
    throw new DomainException("thrown by tick run $run");
});
Sgo(function () {
    try {
        Sco::sleep(0.05);
    } finally {
        echo "sleeper: finally\n";
    }
});
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECTF--
main: end
tick run 1: works for four periods, starts a timer, throws

Fatal error: Uncaught DomainException: thrown by tick run 1 in %s:%d
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(7): {coroutine 2, created by timer 1}()
#2 {main}
  thrown in %s on line %d
sleeper: finally
shutdown function
