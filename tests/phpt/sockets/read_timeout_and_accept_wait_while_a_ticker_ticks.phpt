--TEST--
With HOOK_SOCKETS, a coroutine waiting in socket_accept() and then in socket_read() lets a 10 ms ticker tick; a
socket_read() with SO_RCVTIMEO (socket_set_option()) on a socket nobody writes to ends after the timeout, not before,
with PHP's own false and socket_last_error() (EAGAIN), as without hooks; a non-blocking socket's
socket_read() is PHP's own (false at once)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;

function timed_read(): array {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    socket_set_option($pair[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]);
    $start = hrtime(true);
    $got = socket_read($pair[0], 10);
    $elapsed = (hrtime(true) - $start) / 1e9;
    return [$got, socket_last_error($pair[0]), $elapsed >= 0.19 ? 'not before the timeout' : "early: $elapsed"];
}
echo "without hooks:\n";
var_dump(timed_read());

Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sgo(function () use (&$ticks, &$stop) {
    echo "with hooks:\n";
    $before = $ticks;
    var_dump(timed_read());
    echo "ticked during the timed read: ", $ticks > $before ? "yes" : "no", "\n";

    $listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_bind($listener, '127.0.0.1', 0);
    socket_listen($listener);
    socket_getsockname($listener, $address, $port);
    Sgo(function () use ($port, &$ticks) {
        $at = $ticks;
        while ($ticks < $at + 3) {
            Sco::sleep(0.01);
        }
        $client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        socket_connect($client, '127.0.0.1', $port);
        $at = $ticks;
        while ($ticks < $at + 3) {
            Sco::sleep(0.01);
        }
        socket_write($client, "late data");
        socket_close($client);
    });
    $before = $ticks;
    $connection = socket_accept($listener);
    echo "ticked during socket_accept(): ", $ticks > $before ? "yes" : "no", "\n";
    $before = $ticks;
    var_dump(socket_read($connection, 100));
    echo "ticked during socket_read(): ", $ticks > $before ? "yes" : "no", "\n";
    var_dump(socket_read($connection, 100), socket_last_error($connection));

    socket_set_nonblock($listener);
    $before = $ticks;
    var_dump(@socket_accept($listener));
    echo "a non-blocking accept did not wait: ", $ticks === $before ? "yes" : "no", "\n";
    $stop = true;
});
?>
--EXPECT--
without hooks:
array(3) {
  [0]=>
  bool(false)
  [1]=>
  int(11)
  [2]=>
  string(22) "not before the timeout"
}
with hooks:
array(3) {
  [0]=>
  bool(false)
  [1]=>
  int(11)
  [2]=>
  string(22) "not before the timeout"
}
ticked during the timed read: yes
ticked during socket_accept(): yes
string(9) "late data"
ticked during socket_read(): yes
string(0) ""
int(0)
bool(false)
a non-blocking accept did not wait: yes
