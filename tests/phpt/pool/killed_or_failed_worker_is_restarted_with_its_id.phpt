--TEST--
Study\Process\Pool: a worker killed with SIGKILL, and one that ends with an uncaught exception, are restarted (new pid, same id) and each end is logged in one line; a worker that exits 0 is not restarted
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
$pool = new Pool(2, ['restart_backoff_max' => 0.2]);
$result = $pool->start(function (int $id) use ($dir) {
    $run = pool_append("$dir/runs-$id", (string)getmypid());
    if ($run === 1 && $id === 0) {
        Sco::sleep(60); // until worker 1 kills it
    }
    if ($run === 1 && $id === 1) {
        pool_wait_lines("$dir/runs-0", '/./', 1);
        posix_kill((int)pool_lines("$dir/runs-0")[0], SIGKILL);
        pool_wait_lines("$dir/runs-0", '/./', 2); // after worker 0's restart, so that the log's order is known
        throw new RuntimeException("worker 1 fails once");
    }
});
var_dump($result);
foreach ([0, 1] as $id) {
    $pids = pool_lines("$dir/runs-$id");
    echo "worker $id ran ", count($pids), " times with ", count(array_unique($pids)), " pids\n";
}
echo pool_no_child_left(), "\n";
?>
--EXPECTF--
study pool: worker 0 (pid %d) was killed by signal 9 (SIGKILL); restarting it in 0 s
%AFatal error: Uncaught RuntimeException: worker 1 fails once%A
study pool: worker 1 (pid %d) exited with status 255; restarting it in 0 s
bool(true)
worker 0 ran 2 times with 2 pids
worker 1 ran 2 times with 2 pids
no child left
