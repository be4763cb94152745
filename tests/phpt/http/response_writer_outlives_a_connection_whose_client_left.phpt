--TEST--
Study\Http\Response: a write() from another coroutine still waiting when the handler returns and the client goes
away ends with false, and the connection is freed after it, not under it (regression: the serving coroutine freed
the connection while the write waited in it); the server goes on serving
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$returned = false;
$writerDone = false;
$server = new Server('127.0.0.1', 0);
$server->handle('/stream', function (Request $req, Response $res) use (&$returned, &$writerDone) {
    Sgo(function () use ($res, &$writerDone) {
        $chunk = str_repeat('c', 16000);
        while ($res->write($chunk)) {
        }
        var_dump($res->isWritable());
        $writerDone = true;
    });
    $returned = true;
});
$server->handle('/', fn($req, $res) => $res->end('still serving'));
Sgo(fn() => $server->start());

$socket = new Study\Coroutine\Socket();
$socket->connect('127.0.0.1', $server->port, 10);
$socket->sendAll("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n", 10);
while (!$returned) {
    Study\Coroutine::sleep(0.001);
}
// Unread data in its receive buffer: the close resets the connection, and the waiting write fails.
$socket->close();
for ($i = 0; $i < 20000 && !$writerDone; ++$i) {
    Study\Coroutine::sleep(0.001);
}
var_dump($writerDone);
echo http_summary(http_raw($server->port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
$server->shutdown();
?>
--EXPECT--
bool(false)
bool(true)
HTTP/1.1 200 OK
Content-Length: 13
Connection: close

still serving
