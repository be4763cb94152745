--TEST--
Study\Http\Response: write(), end(), redirect() and sendfile() while another coroutine's write() is still sending
throw Study\Coroutine\Error instead of touching the output buffer under it (regression: the second writer appended
to the buffer the first was sending); the first write arrives whole
--EXTENSIONS--
study
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/chunked_reader.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$server->handle('/', function (Request $req, Response $res) {
    $sending = true;
    Sgo(function () use ($res, &$sending) {
        // Bigger than the socket buffers of a client that reads nothing yet: this write waits for room.
        var_dump($res->write(str_repeat('b', 16 << 20)));
        $sending = false;
    });
    foreach (['write' => ['x'], 'end' => ['x'], 'redirect' => ['/'], 'sendfile' => [__FILE__]] as $method => $args) {
        try {
            var_dump($res->$method(...$args));
        } catch (Study\Coroutine\Error $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump($sending, $res->isWritable(), $res->header('X-Late', '1'), $res->status(404));
    while ($sending) {
        Study\Coroutine::sleep(0.001);
    }
    var_dump($res->write('tail'));
});
Sgo(fn() => $server->start());

$socket = new Study\Coroutine\Socket();
$socket->connect('127.0.0.1', $server->port, 10);
$socket->sendAll("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 10);
Study\Coroutine::sleep(0.05);
$buffer = '';
$response = http_read_chunked($socket, $buffer);
if (is_string($response)) {
    echo "malformed response: $response\n";
} else {
    [$head, $body] = $response;
    echo explode("\n", $head)[0], "\n";
    var_dump(strlen($body) === (16 << 20) + 4, trim(substr($body, 0, -4), 'b') === '', substr($body, -4));
}
$server->shutdown();
?>
--EXPECT--
Study\Coroutine\Error: Study\Http\Response::write(): another coroutine is writing this response; write it from one coroutine at a time
Study\Coroutine\Error: Study\Http\Response::end(): another coroutine is writing this response; write it from one coroutine at a time
Study\Coroutine\Error: Study\Http\Response::redirect(): another coroutine is writing this response; write it from one coroutine at a time
Study\Coroutine\Error: Study\Http\Response::sendfile(): another coroutine is writing this response; write it from one coroutine at a time
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
HTTP/1.1 200 OK
bool(true)
bool(true)
string(4) "tail"
