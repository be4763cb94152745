--TEST--
Study\Process\Pool: 2 workers each run $fn($workerId) with their own pid and the master's, exit 0 when it returns, and start() returns true; workerId() and masterPid() outside a pool
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/pool.inc';
use Study\Process\Pool;

$dir = pool_dir();
var_dump(Pool::workerId(), Pool::masterPid());
$master = getmypid();
$pool = new Pool(2);
$result = $pool->start(function (int $id) use ($dir) {
    Sco::sleep(0.01); // a coroutine wait works in the worker
    pool_append("$dir/ran", implode(' ', [$id, Pool::workerId(), getmypid(), Pool::masterPid(), posix_getppid()]));
});
var_dump($result, Pool::workerId(), Pool::masterPid());
$lines = pool_lines("$dir/ran");
sort($lines);
$pids = [];
foreach ($lines as $line) {
    [$id, $workerId, $pid, $masterPid, $parent] = explode(' ', $line);
    echo "worker $id: workerId() $workerId, ", $pid != $master ? "own pid" : "master's pid",
        ", masterPid() ", $masterPid == $master ? "is the master" : "wrong", ", parent ",
        $parent == $master ? "is the master" : "wrong", "\n";
    $pids[$pid] = true;
}
echo count($pids), " distinct pids\n";
echo pool_no_child_left(), "\n";
var_dump($pool->reload(), $pool->stop());
?>
--EXPECT--
int(-1)
int(0)
bool(true)
int(-1)
int(0)
worker 0: workerId() 0, own pid, masterPid() is the master, parent is the master
worker 1: workerId() 1, own pid, masterPid() is the master, parent is the master
2 distinct pids
no child left
bool(false)
bool(false)
