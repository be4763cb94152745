--TEST--
Study\Process\Pool: start() refuses a coroutine or a timer alive (the workers would inherit them) and a call inside a coroutine; fewer than 1 worker is a warning and false; bad options throw
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
use Study\Process\Pool;

$never = function () { echo "a worker ran\n"; };
var_dump((new Pool(0))->start($never));
var_dump((new Pool(-3))->start($never));
foreach ([['stop_timeout' => -1], ['restart_backoff_max' => 'soon'], ['workers' => 2], [5 => 1],
          ['stop_timeout' => INF]] as $options) {
    try {
        new Pool(1, $options);
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$pool = new Pool(1);
$cid = Sgo(function () { Sco::sleep(0.05); });
try {
    $pool->start($never);
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
Sco::join([$cid]);
Sgo(function () use ($pool, $never) {
    try {
        $pool->start($never);
    } catch (Study\Coroutine\Error $e) {
        echo "in a coroutine: ", $e->getMessage(), "\n";
    }
});
$timer = Study\Timer::after(0.05, function () {});
try {
    $pool->start($never);
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
Study\Timer::clear($timer);
echo "done\n";
?>
--EXPECTF--
Warning: Study\Process\Pool::start(): a pool needs at least 1 worker, 0 given in %s on line %d
bool(false)

Warning: Study\Process\Pool::start(): a pool needs at least 1 worker, 0 given in %s on line %d
bool(false)
ValueError: Study\Process\Pool::__construct(): Argument #2 ($options) option "stop_timeout" must be 0 or more seconds
TypeError: Study\Process\Pool::__construct(): Argument #2 ($options) option "restart_backoff_max" must be a number of seconds (int|float), string given
ValueError: Study\Process\Pool::__construct(): Argument #2 ($options) has an unknown option "workers" (known: stop_timeout, restart_backoff_max)
ValueError: Study\Process\Pool::__construct(): Argument #2 ($options) has an unknown option "(an integer key)" (known: stop_timeout, restart_backoff_max)
ValueError: Study\Process\Pool::__construct(): Argument #2 ($options) option "stop_timeout" must be 0 or more seconds
Study\Process\Pool::start() must be called with no coroutine alive (1 are alive): the workers are forks of this process and must not inherit them
in a coroutine: Study\Process\Pool::start() must be called from the main script, not inside a coroutine: the workers are forks of this process and must not inherit its coroutines
Study\Process\Pool::start() must be called with no Study\Timer running: the workers are forks of this process and must not inherit it
done
