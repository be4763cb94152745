--TEST--
Study\Process\Pool: SIGTERM to the master sends SIGTERM to every worker; one that waits for it drains and exits 0, one that ignores it is killed after stop_timeout (not before); start() returns true with every worker reaped
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/pool.inc';
use Study\Coroutine\System;
use Study\Process\Pool;

$dir = pool_dir();
// stop_timeout is 15 s: worker 0's drain (and its exit under valgrind on a loaded machine) always fits in it.
$pool = new Pool(2, ['stop_timeout' => 15]);
$result = $pool->start(function (int $id) use ($dir) {
    if ($id === 1) {
        pcntl_signal(SIGTERM, SIG_IGN);
        pool_append("$dir/events", "1 ignores SIGTERM");
        Sco::sleep(60);
        pool_append("$dir/events", "1 was not killed");
        return;
    }
    Sgo(function () use ($dir) {
        $signal = System::waitSignal(SIGTERM);
        pool_append("$dir/events", "0 got " . ($signal === SIGTERM ? "SIGTERM" : $signal) . ", drains");
    });
    pool_wait_lines("$dir/events", '/^1 ignores/', 1);
    pool_append("$dir/stop", (string)microtime(true));
    posix_kill(Pool::masterPid(), SIGTERM);
});
$end = microtime(true);
var_dump($result);
echo implode("\n", pool_lines("$dir/events")), "\n";
$stop = (float)pool_lines("$dir/stop")[0];
echo $end - $stop >= 15 ? "killed after stop_timeout\n" : "returned too soon: " . ($end - $stop) . "\n";
echo pool_no_child_left(), "\n";
?>
--EXPECTF--
study pool: worker 1 (pid %d) did not stop within 15 s: killed
bool(true)
1 ignores SIGTERM
0 got SIGTERM, drains
killed after stop_timeout
no child left
