--TEST--
Study\Http\Response: when a handler throws while another coroutine's write() is still sending its response, the
connection is cut, that write() returns false, and the connection is freed after it (the writer still held it)
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$writerDone = false;
$server = new Server('127.0.0.1', 0);
$server->handle('/throw', function (Request $req, Response $res) use (&$writerDone) {
    Sgo(function () use ($res, &$writerDone) {
        var_dump($res->write(str_repeat('d', 16 << 20)));
        var_dump($res->isWritable());
        $writerDone = true;
    });
    throw new RuntimeException('boom');
});
$server->handle('/', fn($req, $res) => $res->end('still serving'));
Sgo(fn() => $server->start());

$socket = new Study\Coroutine\Socket();
$socket->connect('127.0.0.1', $server->port, 10);
$socket->sendAll("GET /throw HTTP/1.1\r\nHost: x\r\n\r\n", 10);
$received = 0;
while (($data = $socket->recv(1 << 20, 20)) !== false && $data !== '') {
    $received += strlen($data);
}
var_dump($received < (16 << 20), $writerDone);
$socket->close();
echo http_summary(http_raw($server->port, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";
$server->shutdown();
?>
--EXPECTF--
Warning: Uncaught RuntimeException: boom in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(Study\Http\Request), Object(Study\Http\Response))
#1 %s(16): {coroutine %d, created by coroutine %d}()
#2 {main}
  thrown in %s on line %d
bool(false)
bool(false)
bool(true)
bool(true)
HTTP/1.1 200 OK
Content-Length: 13
Connection: close

still serving
