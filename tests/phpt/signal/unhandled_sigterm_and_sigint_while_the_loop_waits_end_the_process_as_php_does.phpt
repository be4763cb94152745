--TEST--
Signals: SIGTERM and SIGINT with no handler end the process while every coroutine waits in the loop, as they end PHP's own sleep(): killed by the signal, no shutdown function, no finally block (PHP runs neither); after a wait for the signal timed out, the signal has this effect again
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signal.inc';

$study = <<<'CODE'
Sgo(function () {
    try {
        echo "ready\n";
        Sco::sleep(30);
    } finally {
        echo "[finally]\n";
    }
});
Sco::join(Sco::list());   // the main script waits in the loop too (at its end, its shutdown functions would run first)
CODE;
$plain = <<<'CODE'
echo "ready\n";
sleep(30);
CODE;
$after_wait = <<<'CODE'
var_dump(Study\Coroutine\System::waitSignal([15, 2], 0.01));
Sgo(function () {
    echo "ready\n";
    Sco::sleep(30);
});
Sco::join(Sco::list());
CODE;
foreach ([15 => 'SIGTERM', 2 => 'SIGINT'] as $signal => $name) {
    echo "-- $name, PHP's own sleep() without study\n", run_child($plain, $signal, false);
    echo "-- $name, coroutines sleeping in the loop\n", run_child($study, $signal);
    echo "-- $name, after a wait for it timed out\n", run_child($after_wait, $signal);
}
?>
--EXPECT--
-- SIGTERM, PHP's own sleep() without study
ready
[ended by signal 15]
-- SIGTERM, coroutines sleeping in the loop
ready
[ended by signal 15]
-- SIGTERM, after a wait for it timed out
bool(false)
ready
[ended by signal 15]
-- SIGINT, PHP's own sleep() without study
ready
[ended by signal 2]
-- SIGINT, coroutines sleeping in the loop
ready
[ended by signal 2]
-- SIGINT, after a wait for it timed out
bool(false)
ready
[ended by signal 2]
