--TEST--
Study\Process\Pool: 100 restarts of a worker that fails leave the master with no more descriptors than before, and no child
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
function failing_pool(string $file, int $runs): bool {
    return (new Pool(1, ['restart_backoff_max' => 0]))->start(function () use ($file, $runs) {
        exit(pool_append($file, "run") >= $runs ? 0 : 1);
    });
}
// A first pool makes what the loop and the signal module keep for the life of the process.
var_dump(failing_pool("$dir/first", 2));
$before = count(scandir('/proc/self/fd'));
var_dump(failing_pool("$dir/runs", 101));
echo count(pool_lines("$dir/runs")), " runs\n";
$after = count(scandir('/proc/self/fd'));
echo $after === $before ? "no descriptor left behind\n" : "descriptors: $before before, $after after\n";
echo pool_no_child_left(), "\n";
?>
--EXPECTF--
study pool: worker 0 (pid %d) exited with status 1; restarting it in 0 s
bool(true)
%A
bool(true)
101 runs
no descriptor left behind
no child left
