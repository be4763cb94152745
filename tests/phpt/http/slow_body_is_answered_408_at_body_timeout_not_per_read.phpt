--TEST--
Study\Http\Server: "body_timeout" bounds the whole body: a client that sends one byte now and then, each well within
the timeout, gets 408 and the connection closed once the timeout has passed since the head, not before (regression:
the timeout applied to each read, and such a client held the connection for as long as it liked)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0, ['body_timeout' => 1]);
$server->handle('/', function (Request $req, Response $res) {
    echo "handler called\n";
    $res->end('read ' . strlen($req->rawContent()));
});
Sgo(fn() => $server->start());

$socket = new Study\Coroutine\Socket();
$socket->connect('127.0.0.1', $server->port, 10);
$start = hrtime(true);
$socket->sendAll("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 200\r\n\r\n", 10);
$done = false;
$sent = 0;
// One byte every 50 ms: the whole body would take 10 s.
Sgo(function () use ($socket, &$done, &$sent) {
    while (!$done && $sent < 200 && @$socket->send('x', 5) === 1) {
        ++$sent;
        Study\Coroutine::sleep(0.05);
    }
});
$answer = '';
while (($data = $socket->recv(65536, 30)) !== false && $data !== '') {
    $answer .= $data;
}
$elapsed = (hrtime(true) - $start) / 1e9;
$done = true;
echo strtok($answer, "\r\n"), "\n";
var_dump($elapsed >= 1.0, $sent < 200);
$socket->close();
$server->shutdown();
?>
--EXPECT--
HTTP/1.1 408 Request Timeout
bool(true)
bool(true)
