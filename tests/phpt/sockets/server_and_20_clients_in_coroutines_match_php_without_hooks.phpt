--TEST--
With HOOK_SOCKETS, a socket_accept() server and 20 clients (socket_connect(), socket_write() in two halves,
socket_read() of a line with PHP_NORMAL_READ, socket_recv()) run in coroutines at once: all 20 server handlers wait
in socket_read() at the same time (a blocking call would have stopped the process at the first), and every answer,
count and socket_last_error() is what the same calls give without hooks
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Runtime;

// One exchange as the clients below make it, on a blocking socket pair without hooks: what PHP itself gives.
function exchange_without_hooks(int $i): array {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    [$client, $server] = $pair;
    $sent = socket_write($client, "client-$i") + socket_write($client, "\n");
    $line = socket_read($server, 100, PHP_NORMAL_READ);
    socket_write($server, "echo:$line");
    socket_close($server);
    $got = socket_recv($client, $answer, 100, MSG_WAITALL);
    return [$sent, $got, $answer, socket_last_error($client)];
}
$expected = [];
for ($i = 0; $i < 20; $i++) {
    $expected[$i] = exchange_without_hooks($i);
}

Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 64);
socket_getsockname($listener, $address, $port);
$go = new Channel(0);
$inRead = 0;
$maxInRead = 0;
Sgo(function () use ($listener, $go, &$inRead, &$maxInRead) {
    for ($n = 0; $n < 20; $n++) {
        $connection = socket_accept($listener);
        Sgo(function () use ($connection, $go, &$inRead, &$maxInRead) {
            $maxInRead = max($maxInRead, ++$inRead);
            if ($inRead === 20) {
                $go->close(); // every handler waits in socket_read() now: the clients may send
            }
            $line = socket_read($connection, 100, PHP_NORMAL_READ);
            $inRead--;
            socket_write($connection, "echo:$line");
            socket_close($connection);
        });
    }
    socket_close($listener);
});
$results = [];
$clients = [];
for ($i = 0; $i < 20; $i++) {
    $clients[] = Sgo(function () use ($i, $port, $go, &$results) {
        $client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
        var_dump(socket_connect($client, '127.0.0.1', $port) ?: 'connect failed');
        $go->pop();
        $sent = socket_write($client, "client-$i");
        Sco::sleep(0.001); // the line arrives in two parts: the server's read waits in the middle of it
        $sent += socket_write($client, "\n");
        $got = socket_recv($client, $answer, 100, MSG_WAITALL);
        $results[$i] = [$sent, $got, $answer, socket_last_error($client)];
        socket_close($client);
    });
}
Sco::join($clients);
ksort($results);
echo "handlers in socket_read() at once: $maxInRead\n";
echo "results equal PHP's without hooks: ", $results === $expected ? "yes" : "NO", "\n";
var_dump($results[7]);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
handlers in socket_read() at once: 20
results equal PHP's without hooks: yes
array(4) {
  [0]=>
  int(9)
  [1]=>
  int(14)
  [2]=>
  string(14) "echo:client-7
"
  [3]=>
  int(0)
}
