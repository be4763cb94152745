--TEST--
Study\Process\Pool: workers of a master that used libuv's thread pool before start() (a DNS lookup, a read of an uncached file do) end with their own status; each died of SIGSEGV at its exit, where libuv's exit-time cleanup joined the master's pool threads, which a fork does not have, and the master restarted them without end
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

// The master's lookup runs on libuv's thread pool, which starts its threads then.
Sco::join([Sgo(function () { var_dump(Study\Coroutine\System::gethostbyname('localhost')); })]);
$dir = pool_dir();
$pool = new Pool(2, ['restart_backoff_max' => 1]);
// Only a bound for the failure: with the bug, restarts go on until this stops the pool.
pcntl_async_signals(true);
pcntl_signal(SIGALRM, function () use ($pool) { $pool->stop(); });
pcntl_alarm(60);
$result = $pool->start(function (int $id) use ($dir) {
    $runs = pool_append("$dir/ran-$id", 'run');
    if ($id === 1 && $runs === 1) {
        exit(3); // its status reaches the master as it is: restarted once, then it returns
    }
});
pcntl_alarm(0);
var_dump($result);
echo 'worker 0 ran ', count(pool_lines("$dir/ran-0")), ' time(s), worker 1 ', count(pool_lines("$dir/ran-1")), "\n";
echo pool_no_child_left(), "\n";
?>
--EXPECTF--
string(9) "127.0.0.1"
study pool: worker 1 (pid %d) exited with status 3; restarting it in 0 s
bool(true)
worker 0 ran 1 time(s), worker 1 2
no child left
