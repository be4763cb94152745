--TEST--
Study\Runtime::metrics(): 100 coroutines add 100 to coroutines created and show as live and in the peak; only channel
operations that wait count as waits; bytes through a Socket pair and a hooked stream pair add at least that many to
the bytes received and sent; sockets count while open; a timer kept late by the main script shows its lag; timers
count while they run
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/metrics.inc';
use Study\Coroutine\{Channel, Socket};
use Study\Runtime;

$pop = 'study_waits_total{kind="channel_pop"}';
$push = 'study_waits_total{kind="channel_push"}';

// 100 coroutines that all wait on one channel: created, live, peak, and 100 pops that waited.
$before = metrics_now();
$gate = new Channel(0);
$ids = [];
for ($i = 0; $i < 100; $i++) {
    $ids[] = Sgo(fn() => $gate->pop());
}
$during = metrics_now();
echo "created: +", $during['study_coroutines_created_total'] - $before['study_coroutines_created_total'], "\n";
echo "live: ", $during['study_coroutines'], "\n";
echo "peak >= 100: ", $during['study_coroutines_peak'] >= 100 ? 'yes' : 'no', "\n";
echo "pops that waited: +", $during[$pop] - $before[$pop], "\n";
for ($i = 0; $i < 100; $i++) {
    $gate->push($i); // each goes to a waiting pop: no push waits
}
Sco::join($ids);
$after = metrics_now();
echo "live after: ", $after['study_coroutines'], "\n";
echo "pushes that waited: +", $after[$push] - $before[$push], "\n";
echo "switches >= 200 more: ",
    $after['study_coroutine_switches_total'] - $before['study_coroutine_switches_total'] >= 200 ? 'yes' : 'no', "\n";

// One pop that finds a value does not wait; one that finds none does.
$before = metrics_now();
$chan = new Channel(1);
$chan->push('queued');
$chan->pop();
echo "pop of a queued value: +", metrics_now()[$pop] - $before[$pop], "\n";
$waiter = Sgo(function () use ($chan) { echo "popped: ", $chan->pop(5), "\n"; });
$chan->push('handed over');
Sco::join([$waiter]);
echo "pop that waited: +", metrics_now()[$pop] - $before[$pop], "\n";

// 100000 bytes each way through a Socket pair over loopback.
$before = metrics_now();
$listener = new Socket(Socket::AF_INET, Socket::SOCK_STREAM);
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
$client = new Socket(Socket::AF_INET, Socket::SOCK_STREAM);
$client->connect('127.0.0.1', $port, 5);
$server = $listener->accept(5);
echo "sockets open: +", metrics_now()['study_sockets'] - $before['study_sockets'], "\n";
$data = str_repeat('x', 100000);
$echo = Sgo(function () use ($server) { $server->sendAll($server->recvAll(100000, 30), 30); });
$client->sendAll($data, 30);
$back = $client->recvAll(100000, 30);
Sco::join([$echo]);
echo "echoed: ", $back === $data ? 'all' : strlen($back), "\n";
$after = metrics_now();
echo "received >= 200000 more: ",
    $after['study_socket_received_bytes_total'] - $before['study_socket_received_bytes_total'] >= 200000 ? 'yes' : 'no', "\n";
echo "sent >= 200000 more: ",
    $after['study_socket_sent_bytes_total'] - $before['study_socket_sent_bytes_total'] >= 200000 ? 'yes' : 'no', "\n";
$client->close();
$server->close();
$listener->close();
echo "sockets open after close: +", metrics_now()['study_sockets'] - $before['study_sockets'], "\n";

// 50000 bytes each way through hooked tcp streams.
Runtime::enableCoroutine(Runtime::HOOK_TCP);
$before = metrics_now();
$streamServer = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($streamServer, false);
$peer = Sgo(function () use ($streamServer) {
    $connection = stream_socket_accept($streamServer, 5);
    $got = '';
    while (strlen($got) < 50000 && ($piece = fread($connection, 65536)) !== false && $piece !== '') {
        $got .= $piece;
    }
    fwrite($connection, $got);
    fclose($connection);
});
$stream = stream_socket_client("tcp://$address", $errno, $errstr, 5);
fwrite($stream, str_repeat('y', 50000));
$back = stream_get_contents($stream);
Sco::join([$peer]);
fclose($stream);
fclose($streamServer);
Runtime::disableCoroutine();
echo "stream echoed: ", strlen($back), "\n";
$after = metrics_now();
echo "stream received >= 100000 more: ",
    $after['study_socket_received_bytes_total'] - $before['study_socket_received_bytes_total'] >= 100000 ? 'yes' : 'no', "\n";
echo "stream sent >= 100000 more: ",
    $after['study_socket_sent_bytes_total'] - $before['study_socket_sent_bytes_total'] >= 100000 ? 'yes' : 'no', "\n";
echo "sockets open after fclose: +", $after['study_sockets'] - $before['study_sockets'], "\n";

// A timer due in 1 ms while the main script works 30 ms before it lets the loop run: it runs at least 27 ms late
// (libuv rounds timers up to whole milliseconds). A loaded machine only makes it later.
$before = metrics_now();
$tick = Study\Timer::tick(3600, fn() => null);
echo "timers: +", metrics_now()['study_timers'] - $before['study_timers'], "\n";
Study\Timer::clear($tick);
echo "timers after clear: +", metrics_now()['study_timers'] - $before['study_timers'], "\n";
Study\Timer::after(0.001, function () { echo "timer ran\n"; });
$start = hrtime(true);
while (hrtime(true) - $start < 30e6) {
}
Sco::sleep(0.01);
$after = metrics_now();
echo "lag max >= 27 ms: ", $after['study_loop_lag_max_seconds'] >= 0.027 ? 'yes' : 'no', "\n";
echo "lag sum grew by >= 27 ms: ",
    $after['study_loop_lag_seconds_sum'] - $before['study_loop_lag_seconds_sum'] >= 0.027 ? 'yes' : 'no', "\n";
echo "expiries counted: +", $after['study_loop_lag_seconds_count'] - $before['study_loop_lag_seconds_count'], "\n";
echo "loop turned: ", $after['study_loop_iterations_total'] > $before['study_loop_iterations_total'] ? 'yes' : 'no', "\n";
echo "sleeps that waited: +", $after['study_waits_total{kind="sleep"}'] - $before['study_waits_total{kind="sleep"}'], "\n";

// PHP's memory (Zend's allocator keeps no figures under USE_ZEND_ALLOC=0).
$zend = getenv('USE_ZEND_ALLOC') !== '0';
echo "memory used > 0: ", !$zend || $after['study_memory_used_bytes'] > 0 ? 'yes' : 'no', "\n";
echo "peak >= used: ", $after['study_memory_peak_used_bytes'] >= $after['study_memory_used_bytes'] ? 'yes' : 'no', "\n";
echo "allocated >= used: ", $after['study_memory_allocated_bytes'] >= $after['study_memory_used_bytes'] ? 'yes' : 'no', "\n";
?>
--EXPECT--
created: +100
live: 100
peak >= 100: yes
pops that waited: +100
live after: 0
pushes that waited: +0
switches >= 200 more: yes
pop of a queued value: +0
popped: handed over
pop that waited: +1
sockets open: +3
echoed: all
received >= 200000 more: yes
sent >= 200000 more: yes
sockets open after close: +0
stream echoed: 50000
stream received >= 100000 more: yes
stream sent >= 100000 more: yes
sockets open after fclose: +0
timers: +1
timers after clear: +0
timer ran
lag max >= 27 ms: yes
lag sum grew by >= 27 ms: yes
expiries counted: +2
loop turned: yes
sleeps that waited: +1
memory used > 0: yes
peak >= used: yes
allocated >= used: yes
