--TEST--
End of the script: no call needed, the loop keeps running after the main script ends until no coroutine, timer or wait is pending (also ones started meanwhile), then shutdown functions registered meanwhile run and the process exits normally
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// Due at 0.2 s; what it starts is due at 0.3 s and 0.5 s, and the timer's coroutine at 1.1 s. (Every event is at
// least 100 ms, and each chained one 200 ms, from the next, so the order holds under valgrind and load too.)
Sgo(function () {
    Sco::sleep(0.2);
    echo "a: woke, starts a coroutine and a timer\n";
    Sgo(function () { Sco::sleep(0.1); echo "coroutine started by a\n"; });
    Study\Timer::after(0.3, function () {
        echo "timer started by a\n";
        Sgo(function () { Sco::sleep(0.6); echo "coroutine started by the timer\n"; });
    });
});
// A coroutine that joins one that ends at 0.9 s keeps the loop running too.
$late = Sgo(function () { Sco::sleep(0.9); echo "late ends\n"; });
Sgo(function () use ($late) { Sco::join([$late]); echo "joiner ends\n"; });
// A tick that stops itself on its second run, at 1.4 s.
$runs = 0;
$tick = Study\Timer::tick(0.7, function () use (&$runs, &$tick) {
    echo "tick ", ++$runs, "\n";
    if ($runs === 2) {
        Study\Timer::clear($tick);
    }
});
register_shutdown_function(function () {
    echo "shutdown function: live ", count(Sco::list()), ", timers ", count(Study\Timer::list()), "\n";
});
echo "main: end\n";
?>
--EXPECT--
main: end
a: woke, starts a coroutine and a timer
coroutine started by a
timer started by a
tick 1
late ends
joiner ends
coroutine started by the timer
tick 2
shutdown function: live 0, timers 0
