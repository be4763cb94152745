--TEST--
Study\Coroutine\Server keeps serving after clients that misbehave: one that connects and closes at once, one that sends binary garbage and closes without reading the answer, one that resets the connection (closes with unread data), one that half-closes, one that connects and stays silent while others are served; each handler sees '' or false (never a crash, never a SIGPIPE) and the next well-behaved client gets its echo
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$server = new Server('127.0.0.1', 0);
$port = $server->port;
$log = [];
$handlers = 0;
// Timeouts are a minute: none of them is reached here, however slowly a loaded machine (valgrind) runs the clients.
$server->set_handler(function (Socket $conn) use (&$log, &$handlers) {
    $handlers++; // then straight into recv(): once this counts a connection, its handler waits in recv()
    $first = $conn->recv(65536, 60);
    if ($first === false || $first === '') {
        $log[] = "handler: " . ($first === '' ? "peer closed" : "recv false, errCode {$conn->errCode}");
        $conn->close();
        return;
    }
    // Echo back, many times over: a client that does not read makes the writes fail or time out.
    $ok = true;
    for ($i = 0; $i < 200 && $ok; $i++) {
        $ok = $conn->sendAll(str_repeat($first, 10), 60) !== false;
    }
    $log[] = "handler: " . strlen($first) . " bytes, echo " . ($ok ? "sent" : "failed");
    $conn->close();
});
$runner = Sgo(function () use ($server) {
    $GLOBALS['started'] = $server->start();
});

function client(int $port): Socket
{
    $client = new Socket();
    $client->connect('127.0.0.1', $port, 60) or die("connect failed {$client->errCode}\n");
    return $client;
}
function well_behaved(int $port, string $after): void
{
    $client = client($port);
    $client->sendAll('ping');
    $reply = $client->recvAll(40, 60);
    echo "after $after: ", $reply === str_repeat('ping', 10) ? "served" : "NOT served: " . var_export($reply, true), "\n";
    $client->close();
}

client($port)->close();
well_behaved($port, 'connect and close');

$c = client($port);
$c->sendAll("\0\xff\xfe garbage \x00\x01" . random_bytes(1000));
$c->close();
well_behaved($port, 'garbage then close');

$c = client($port);
$c->sendAll('make the server answer');
// The handler has read it once its echo comes; one byte of the echo is read, the rest is left: with unread data in the
// receive queue, close() sends a reset.
$c->recv(1, 60);
$c->close();
well_behaved($port, 'reset');

$c = client($port);
$c->shutdown(1);
well_behaved($port, 'half-close');
$c->close();

// Its handler (the ninth connection's) waits in recv() meanwhile.
$c = client($port);
for ($i = 0; $i < 6000 && $handlers < 9; $i++) {
    Sco::sleep(0.01);
}
well_behaved($port, 'a silent client');
$c->close();

$server->shutdown();
Sco::join([$runner]);
var_dump($started);
// The silent client's handler sees its close a moment later.
for ($i = 0; $i < 6000 && count($log) < 10; $i++) {
    Sco::sleep(0.01);
}
echo "handlers ended: ", count($log), "\n";
sort($log);
echo implode("\n", array_unique($log)), "\n";
?>
--EXPECTF--
after connect and close: served
after garbage then close: served
after reset: served
after half-close: served
after a silent client: served
bool(true)
handlers ended: 10
handler: 1014 bytes, echo failed
handler: 22 bytes, echo %s
handler: 4 bytes, echo sent
handler: peer closed
