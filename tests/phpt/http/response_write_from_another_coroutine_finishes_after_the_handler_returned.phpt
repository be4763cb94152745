--TEST--
Study\Http\Response: a write() from another coroutine that is still sending when the handler returns finishes
whole (regression: the server ended the response under it, into the output buffer the write was sending, and the
terminating chunk was lost); the writer's next write() returns false, and the connection serves its next request
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/chunked_reader.inc';
use Study\Http\{Server, Request, Response};

$returned = false;
$written = null;
$server = new Server('127.0.0.1', 0);
$server->handle('/stream', function (Request $req, Response $res) use (&$returned, &$written) {
    Sgo(function () use ($res, &$written) {
        // Small chunks go through the connection's output buffer; the client reads nothing yet, so a write soon
        // waits for room, and the handler goes on meanwhile.
        $chunk = str_repeat('a', 16000);
        $n = 0;
        while ($res->write($chunk)) {
            ++$n;
        }
        $written = $n * strlen($chunk);
        echo "writer: write() returned false\n";
    });
    echo "handler returns while the writer waits\n";
    $returned = true;
});
$server->handle('/next', fn($req, $res) => $res->end('next'));
Sgo(fn() => $server->start());

$socket = new Study\Coroutine\Socket();
var_dump($socket->connect('127.0.0.1', $server->port, 10));
$socket->sendAll("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n", 10);
while (!$returned) {
    Study\Coroutine::sleep(0.001);
}
$buffer = '';
$response = http_read_chunked($socket, $buffer);
if (is_string($response)) {
    echo "malformed response: $response\n";
} else {
    [$head, $body] = $response;
    echo explode("\n", $head)[0], "\n";
    var_dump($written !== null && strlen($body) === $written && $written > 0, trim($body, 'a') === '');
}
$socket->sendAll("GET /next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 10);
while (($data = $socket->recv(65536, 20)) !== false && $data !== '') {
    $buffer .= $data;
}
echo substr($buffer, 0, 15), ' ... ', substr($buffer, -4), "\n";
$server->shutdown();
?>
--EXPECT--
bool(true)
handler returns while the writer waits
writer: write() returned false
HTTP/1.1 200 OK
bool(true)
bool(true)
HTTP/1.1 200 OK ... next
