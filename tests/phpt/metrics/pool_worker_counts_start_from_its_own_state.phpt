--TEST--
Study\Runtime::metrics() in a Study\Process\Pool worker counts the worker's own work: the master's coroutines, waits
and lag are not in it (created and peak start from the worker's main coroutine), and the master's counts are unchanged
by the workers
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/metrics.inc';
require dirname(__DIR__) . '/pool/pool.inc';
use Study\Process\Pool;

$dir = pool_dir();
// The master's own work first: 50 coroutines that sleep.
$ids = [];
for ($i = 0; $i < 50; $i++) {
    $ids[] = Sgo(fn() => Sco::sleep(0.001));
}
Sco::join($ids);
$master = metrics_now();
echo "master created >= 50: ", $master['study_coroutines_created_total'] >= 50 ? 'yes' : 'no', "\n";
echo "master sleeps >= 50: ", $master['study_waits_total{kind="sleep"}'] >= 50 ? 'yes' : 'no', "\n";

$pool = new Pool(2);
var_dump($pool->start(function (int $id) use ($dir) {
    $start = metrics_now();
    Sco::sleep(0.001);
    $after = metrics_now();
    pool_append("$dir/metrics", sprintf("worker %d: created %d, live %d, peak %d, sleeps %d then %d, expiries %d then %d",
        $id, $start['study_coroutines_created_total'], $start['study_coroutines'], $start['study_coroutines_peak'],
        $start['study_waits_total{kind="sleep"}'], $after['study_waits_total{kind="sleep"}'],
        $start['study_loop_lag_seconds_count'], $after['study_loop_lag_seconds_count']));
}));
$lines = pool_lines("$dir/metrics");
sort($lines);
echo implode("\n", $lines), "\n";
$later = metrics_now();
echo "master created unchanged: ",
    $later['study_coroutines_created_total'] === $master['study_coroutines_created_total'] ? 'yes' : 'no', "\n";
?>
--EXPECT--
master created >= 50: yes
master sleeps >= 50: yes
bool(true)
worker 0: created 1, live 1, peak 1, sleeps 0 then 1, expiries 0 then 1
worker 1: created 1, live 1, peak 1, sleeps 0 then 1, expiries 0 then 1
master created unchanged: yes
