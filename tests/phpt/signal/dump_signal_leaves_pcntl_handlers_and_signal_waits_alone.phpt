--TEST--
study.dump_signal: a pcntl_signal() handler and a waitSignal() of other signals go on working beside the dump, and a pcntl_signal() handler of the dump signal itself runs too (after the dump); pcntl_signal(SIGQUIT, SIG_DFL) does not give the signal its default action back while the setting holds it
--EXTENSIONS--
study
pcntl
--SKIPIF--
<?php if (!extension_loaded('pcntl')) die('skip pcntl missing'); ?>
--FILE--
<?php
require __DIR__ . '/signal.inc';

$code = <<<'CODE'
use Study\Coroutine\System;
pcntl_async_signals(true);
pcntl_signal(10, function () { echo "pcntl: SIGUSR1\n"; });
pcntl_signal(3, function () { echo "pcntl: SIGQUIT\n"; });
Sgo(function () {
    Sco::sleep(0);
    echo "ready\n";
    $signo = System::waitSignal(12);
    echo "waitSignal: $signo\n";
    pcntl_signal(3, SIG_DFL);
    echo "ready for the second\n";
    $signo = System::waitSignal(12);
    echo "waitSignal: $signo\n";
});
Sco::join(Sco::list());
echo "done\n";
CODE;
[$out, $err, $end] = run_dump_child($code, ['study.dump_signal' => 'SIGQUIT'], [3, 'dump', 10, 12, 'wait ready for the second', 3, 'dump', 12],
                                    ['pcntl']);
echo $out, "-- stderr\n", $err, "-- $end\n";
?>
--EXPECTF--
ready
pcntl: SIGQUIT
pcntl: SIGUSR1
waitSignal: 12
ready for the second
waitSignal: 12
done
-- stderr
study: SIGQUIT: dump of process %d, 1 coroutine

main script [waiting: join of coroutine 1 in Study\Coroutine::join(), for %f s]:
#0 %s(16): Study\Coroutine::join()
#1 {main}

coroutine 1 [waiting: signal 12 in Study\Coroutine\System::waitSignal(), for %f s]:
#0 %s(9): Study\Coroutine\System::waitSignal()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(6): {coroutine 1, created by the main script}()

study: end of dump
study: SIGQUIT: dump of process %d, 1 coroutine

main script [waiting: join of coroutine 1 in Study\Coroutine::join(), for %f s]:
#0 %s(16): Study\Coroutine::join()
#1 {main}

coroutine 1 [waiting: signal 12 in Study\Coroutine\System::waitSignal(), for %f s]:
#0 %s(13): Study\Coroutine\System::waitSignal()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(6): {coroutine 1, created by the main script}()

study: end of dump
-- exit status 0
