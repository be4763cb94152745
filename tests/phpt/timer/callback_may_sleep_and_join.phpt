--TEST--
Study\Timer: a callback may sleep and join like any coroutine; a tick runs again on time while earlier runs still sleep, so runs overlap
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
$worker = Sgo(function () { Sco::sleep(0.03); echo "worker: ends\n"; return 1; });
Study\Timer::after(0.001, function ($w) {
    echo "after: joins the worker\n";
    var_dump(Sco::join([$w]));
    Sco::sleep(0.02);
    echo "after: slept after the join\n";
}, $worker);
$runs = 0;
$tick = Study\Timer::tick(0.02, function () use (&$runs, &$tick) {
    $run = ++$runs;
    if ($run === 2) {
        Study\Timer::clear($tick);
    }
    echo "tick $run: sleeps\n";
    Sco::sleep(0.04);
    echo "tick $run: woke\n";
});
?>
--EXPECT--
after: joins the worker
tick 1: sleeps
worker: ends
bool(true)
tick 2: sleeps
after: slept after the join
tick 1: woke
tick 2: woke
