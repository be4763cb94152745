--TEST--
Study\Http\Server over raw sockets: three pipelined requests sent at once are answered in order on one connection;
Expect: 100-continue gets the interim response before the body is sent; HEAD gets the length without the body;
an HTTP/1.0 client gets its connection closed unless it asks for keep-alive, and a streamed body until the close
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$server->handle('/', function (Request $req, Response $res) {
    if ($req->path === '/stream') {
        $res->write('ab');
        $res->write('cd');
        return;
    }
    if ($req->path === '/slow') {
        Study\Coroutine::sleep(0.05); // a later request of the pipeline may not overtake it
    }
    $res->end("{$req->method} {$req->path} [{$req->rawContent()}]");
});
Sgo(fn() => $server->start());
$port = $server->port;

echo "--- pipelined\n";
echo http_summary(http_raw($port,
    "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n" .
    "POST /post HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc" .
    "GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "\n";

echo "--- 100-continue\n";
$socket = new Study\Coroutine\Socket();
$socket->connect('127.0.0.1', $port, 5);
$socket->sendAll("PUT /put HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\n");
var_dump($socket->recvAll(25, 10));
$socket->sendAll("hello");
$all = '';
while (($data = $socket->recv(65536, 10)) !== '' && $data !== false) {
    $all .= $data;
}
echo http_summary($all), "\n";

echo "--- HEAD\n";
echo http_summary(http_raw($port, "HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "|\n";

echo "--- HTTP/1.0\n";
echo http_summary(http_raw($port, "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\nGET /c HTTP/1.0\r\n\r\n")), "\n";
echo http_summary(http_raw($port, "GET /stream HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")), "\n";
$server->shutdown();
?>
--EXPECT--
--- pipelined
HTTP/1.1 200 OK
Content-Length: 12

GET /slow []HTTP/1.1 200 OK
Content-Length: 16

POST /post [abc]HTTP/1.1 200 OK
Content-Length: 12
Connection: close

GET /last []
--- 100-continue
string(25) "HTTP/1.1 100 Continue

"
HTTP/1.1 200 OK
Content-Length: 16
Connection: close

PUT /put [hello]
--- HEAD
HTTP/1.1 200 OK
Content-Length: 13
Connection: close

|
--- HTTP/1.0
HTTP/1.1 200 OK
Content-Length: 9
Connection: keep-alive

GET /a []HTTP/1.1 200 OK
Content-Length: 9
Connection: close

GET /b []
HTTP/1.1 200 OK
Connection: close

abcd
