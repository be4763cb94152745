--TEST--
Study\Coroutine\Server::start() in the main script: binds and listens already in the constructor (port 0 gives the kernel's port in $port), runs the handler in a new coroutine for every connection with the connection's Socket, blocks only the main script meanwhile, and returns true once shutdown() was called
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

$server = new Server('127.0.0.1', 0);
echo "port: ", is_int($server->port) && $server->port > 0 ? "chosen by the kernel" : "NOT chosen", "\n";
$handlers = [];
$server->set_handler(function ($conn) use (&$handlers) {
    $handlers[] = Sco::getCid();
    $name = $conn->recv(100, 10);
    $conn->sendAll("hello $name from " . get_class($conn));
    $conn->close();
});

// The clients connect before start() runs: the listening socket exists since the constructor.
$replies = [];
$clients = Sgo(function () use ($server, &$replies) {
    $wg = new WaitGroup();
    foreach (['a', 'b', 'c'] as $name) {
        $wg->add();
        Sgo(function () use ($server, $name, $wg, &$replies) {
            $client = new Socket();
            $client->connect('127.0.0.1', $server->port, 10);
            $client->sendAll($name);
            $replies[$name] = $client->recvAll(100, 10);
            $client->close();
            $wg->done();
        });
    }
    $wg->wait();
    echo "clients: done, shutting the server down\n";
    $GLOBALS['shutdown'] = $server->shutdown();
});
echo "main: starts the server\n";
var_dump($server->start());
echo "main: start() returned\n";
Sco::join([$clients]);
echo "shutdown() returned ", var_export($shutdown, true), "\n";
ksort($replies);
print_r($replies);
echo "handlers ran in ", count(array_unique($handlers)), " distinct coroutines, none of them the main script: ", in_array(-1, $handlers, true) ? "NO" : "yes", "\n";
?>
--EXPECT--
port: chosen by the kernel
main: starts the server
clients: done, shutting the server down
bool(true)
main: start() returned
shutdown() returned true
Array
(
    [a] => hello a from Study\Coroutine\Socket
    [b] => hello b from Study\Coroutine\Socket
    [c] => hello c from Study\Coroutine\Socket
)
handlers ran in 3 distinct coroutines, none of them the main script: yes
