--TEST--
Study\Process\Pool: reload() and stop() called from the master's pcntl handlers (of SIGUSR1, SIGUSR2) replace both workers one at a time and then stop the pool
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
$pool = new Pool(2);
pcntl_signal(SIGUSR1, function () use ($pool) { echo "reload: "; var_dump($pool->reload()); });
pcntl_signal(SIGUSR2, function () use ($pool) { echo "stop: "; var_dump($pool->stop()); });
$result = $pool->start(function (int $id) use ($dir) {
    $waiter = Sgo(function () use ($dir, $id) {
        System::waitSignal(SIGTERM);
        pool_append("$dir/events", "stop $id " . getmypid());
    });
    $order = pool_append("$dir/events", "start $id " . getmypid());
    $starts = count(preg_grep('/^start/', pool_lines("$dir/events")));
    if ($starts === 2 && $order === 2) {
        posix_kill(Pool::masterPid(), SIGUSR1); // both first workers run: reload
    } elseif ($starts === 4) {
        pool_wait_lines("$dir/events", '/^stop/', 2); // both old ones stopped: stop the pool
        posix_kill(Pool::masterPid(), SIGUSR2);
    }
});
var_dump($result);
$events = pool_lines("$dir/events");
$pids = [0 => [], 1 => []];
foreach ($events as $i => $event) {
    [$what, $id, $pid] = explode(' ', $event);
    if ($what === 'start') {
        $pids[$id][] = $pid;
    }
    $at[$what][$id][$pid] = $i;
}
foreach ([0, 1] as $id) {
    echo "worker $id: ", count($pids[$id]), " processes, ", count(array_unique($pids[$id])), " pids, each stopped: ",
        count($at['stop'][$id] ?? []) === 2 ? "yes" : "no", "\n";
}
[$old0, $new0] = $pids[0];
[$old1, $new1] = $pids[1];
echo "old worker 0 stopped before new worker 1 started: ",
    $at['stop'][0][$old0] < $at['start'][1][$new1] ? "yes" : "no", "\n";
echo pool_no_child_left(), "\n";
?>
--EXPECT--
reload: bool(true)
stop: bool(true)
bool(true)
worker 0: 2 processes, 2 pids, each stopped: yes
worker 1: 2 processes, 2 pids, each stopped: yes
old worker 0 stopped before new worker 1 started: yes
no child left
