--TEST--
End of the script: no call needed, the loop keeps running after the main script ends until no coroutine, timer or wait is pending (also ones started meanwhile), then shutdown functions registered meanwhile run and the process exits normally
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// Each event is logged; the shutdown function prints the log sorted, so the test does not hang on the order of
// events in different chains (which load can swap), only on all of them having happened before it runs. Due at
// 0.2 s; what it starts is due at 0.3 s and 0.5 s, and the timer's coroutine at 1.1 s.
$log = [];
Sgo(function () use (&$log) {
    Sco::sleep(0.2);
    $log[] = "a: woke, starts a coroutine and a timer";
    Sgo(function () use (&$log) { Sco::sleep(0.1); $log[] = "coroutine started by a"; });
    Study\Timer::after(0.3, function () use (&$log) {
        $log[] = "timer started by a";
        Sgo(function () use (&$log) { Sco::sleep(0.6); $log[] = "coroutine started by the timer"; });
    });
});
// A coroutine that joins one that ends at 0.9 s keeps the loop running too.
$late = Sgo(function () use (&$log) { Sco::sleep(0.9); $log[] = "late ends"; });
Sgo(function () use ($late, &$log) { Sco::join([$late]); $log[] = "late's joiner ends"; });
// A tick that stops itself on its second run, at 1.4 s.
$runs = 0;
$tick = Study\Timer::tick(0.7, function () use (&$runs, &$tick, &$log) {
    $log[] = "tick " . ++$runs;
    if ($runs === 2) {
        Study\Timer::clear($tick);
    }
});
register_shutdown_function(function () use (&$log) {
    sort($log);
    echo implode("\n", $log), "\n";
    echo "shutdown function: live ", count(Sco::list()), ", timers ", count(Study\Timer::list()), "\n";
});
echo "main: end\n";
?>
--EXPECT--
main: end
a: woke, starts a coroutine and a timer
coroutine started by a
coroutine started by the timer
late ends
late's joiner ends
tick 1
tick 2
timer started by a
shutdown function: live 0, timers 0
