--TEST--
Study\Http\Server: malformed requests and request smuggling attempts (RFC 9112) are answered with their status and
"Connection: close", the request after them on the same connection is never handled, and the server goes on
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$handled = [];
$server->handle('/', function (Request $req, Response $res) use (&$handled) {
    $handled[] = $req->path;
    $res->end('ok');
});
Sgo(fn() => $server->start());
$h = "Host: x\r\n";
$cases = [
    'CL and TE' => "POST / HTTP/1.1\r\n{$h}Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    'TE and CL' => "POST / HTTP/1.1\r\n{$h}Transfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
    'two CLs' => "POST / HTTP/1.1\r\n{$h}Content-Length: 1\r\nContent-Length: 2\r\n\r\nab",
    'TE not chunked last' => "POST / HTTP/1.1\r\n{$h}Transfer-Encoding: chunked, identity\r\n\r\n",
    'obs-fold' => "GET / HTTP/1.1\r\n{$h}X-A: a\r\n b\r\n\r\n",
    'bare CR' => "GET / HTTP/1.1\r\n{$h}X-A: a\rb\r\n\r\n",
    'NUL' => "GET / HTTP/1.1\r\n{$h}X-A: a\0b\r\n\r\n",
    'space before colon' => "GET / HTTP/1.1\r\n{$h}Content-Length : 0\r\n\r\n",
    'bad chunk size' => "POST / HTTP/1.1\r\n{$h}Transfer-Encoding: chunked\r\n\r\nzz\r\n",
    'no Host' => "GET / HTTP/1.1\r\n\r\n",
    'bad version' => "GET / HTTX/1.1\r\n{$h}\r\n",
    'HTTP/2.0' => "GET / HTTP/2.0\r\n{$h}\r\n",
    'garbage' => "\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03",
];
foreach ($cases as $name => $bytes) {
    $answer = http_raw($server->port, $bytes . "GET /after HTTP/1.1\r\n{$h}\r\n");
    $lines = explode("\r\n", $answer);
    printf("%-20s %s | %s\n", $name, $lines[0], in_array('Connection: close', $lines) ? 'closed' : 'NOT CLOSED');
}
var_dump($handled);
echo http_summary(http_raw($server->port, "GET /fine HTTP/1.1\r\n{$h}Connection: close\r\n\r\n")), "\n";
$server->shutdown();
?>
--EXPECT--
CL and TE            HTTP/1.1 400 Bad Request | closed
TE and CL            HTTP/1.1 400 Bad Request | closed
two CLs              HTTP/1.1 400 Bad Request | closed
TE not chunked last  HTTP/1.1 400 Bad Request | closed
obs-fold             HTTP/1.1 400 Bad Request | closed
bare CR              HTTP/1.1 400 Bad Request | closed
NUL                  HTTP/1.1 400 Bad Request | closed
space before colon   HTTP/1.1 400 Bad Request | closed
bad chunk size       HTTP/1.1 400 Bad Request | closed
no Host              HTTP/1.1 400 Bad Request | closed
bad version          HTTP/1.1 400 Bad Request | closed
HTTP/2.0             HTTP/1.1 505 HTTP Version Not Supported | closed
garbage              HTTP/1.1 400 Bad Request | closed
array(0) {
}
HTTP/1.1 200 OK
Content-Length: 2
Connection: close

ok
