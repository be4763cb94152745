--TEST--
study.dump_signal: while the main script or a coroutine is busy in PHP code and the loop does not run, the dump is written at the engine's next interrupt check (as pcntl's async signals run), naming the running context and the line it runs; the busy code then goes on; a script that never made a coroutine is dumped too (here on a real-time signal given by its number), and not ended by the signal
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signal.inc';

$main_busy = <<<'CODE'
$sleeper = Sgo(function () {
    try {
        Sco::sleep(600);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "sleeper: canceled\n";
    }
});
stream_set_blocking(STDIN, false);
echo "ready\n";
while (($line = fgets(STDIN)) === false) {
}
echo "main: read $line";
Sco::cancel($sleeper);
echo "done\n";
CODE;
$coroutine_busy = <<<'CODE'
function spin() {
    while (fgets(STDIN) === false) {
    }
}
$sleeper = Sgo(function () {
    Sco::sleep(0.01);
});
Sgo(function () {
    stream_set_blocking(STDIN, false);
    echo "ready\n";
    spin();
    echo "busy coroutine: done\n";
});
Sco::join(Sco::list());
echo "done\n";
CODE;
$no_coroutine = <<<'CODE'
stream_set_blocking(STDIN, false);
echo "ready\n";
while (fgets(STDIN) === false) {
}
echo "done\n";
CODE;
/* From PHP 8.4 the engine also checks for interrupts right after an internal call returns, with the call's frame still
 * on top: a signal that comes during fgets() is then dumped with an fgets() frame over the caller's. Both are right;
 * the expectations take either. */
$cases = [
    'main script busy' => [$main_busy, 'SIGQUIT', 3],
    'coroutine busy' => [$coroutine_busy, 'SIGQUIT', 3],
    'no coroutine ever, a real-time signal by number' => [$no_coroutine, '40', 40],
];
foreach ($cases as $name => [$code, $value, $signo]) {
    [$out, $err, $end] = run_dump_child($code, ['study.dump_signal' => $value], [$signo, 'dump', "go\n"]);
    echo "-- $name\n", $out, "-- stderr\n", $err, "-- $end\n";
}
?>
--EXPECTF--
-- main script busy
ready
main: read go
sleeper: canceled
done
-- stderr
study: SIGQUIT: dump of process %d, 1 coroutine

main script [running at %s:11]:
%r(#0 [^\n]+\(11\): fgets\(\)\n)?%r#%d {main}

coroutine 1 [waiting: sleep in Study\Coroutine::sleep(), for %f s, %f s left]:
#0 %s(4): Study\Coroutine::sleep()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(2): {coroutine 1, created by the main script}()

study: end of dump
-- exit status 0
-- coroutine busy
ready
busy coroutine: done
done
-- stderr
study: SIGQUIT: dump of process %d, 2 coroutines

main script [resuming: resume of coroutine 2]:
#0 %s(9): Sgo()
#1 {main}

coroutine 1 [waiting: sleep in Study\Coroutine::sleep(), for %f s, %f s left]:
#0 %s(7): Study\Coroutine::sleep()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(6): {coroutine 1, created by the main script}()

coroutine 2 [running at %s:3]:
%r(#0 [^\n]+\(3\): fgets\(\)\n)?%r#%d %s(12): spin()
#%d [internal function]: {closure%r(:[^\n]+)?%r}()
#%d %s(9): {coroutine 2, created by the main script}()

study: end of dump
-- exit status 0
-- no coroutine ever, a real-time signal by number
ready
done
-- stderr
study: signal 40: dump of process %d, 0 coroutines

main script [running at %s:4]:
%r(#0 [^\n]+\(4\): fgets\(\)\n)?%r#%d {main}

study: end of dump
-- exit status 0
