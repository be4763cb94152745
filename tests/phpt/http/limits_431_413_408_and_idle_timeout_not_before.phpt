--TEST--
Study\Http\Server limits: header fields over max_header_size get 431, a body over max_body_size 413 (declared, or
chunked once it gets there), a head slower than header_timeout 408, and an idle keep-alive connection is closed
without a word, not before idle_timeout; max_requests closes the connection after the last one
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

// The size limits and max_requests are checked on a server whose timeouts are a minute: no request there runs into
// one, however slowly a loaded machine (valgrind) serves it. The 0.3 s timeouts have a server of their own, which
// gets only the requests that are meant to run into them.
$handler = fn(Request $req, Response $res) => $res->end(strlen($req->rawContent()) . " bytes");
$server = new Server('127.0.0.1', 0, [
    'max_header_size' => 1024,
    'max_body_size' => 100,
    'header_timeout' => 60,
    'idle_timeout' => 60,
    'max_requests' => 2,
]);
$server->handle('/', $handler);
Sgo(fn() => $server->start());
$port = $server->port;
$timeouts = new Server('127.0.0.1', 0, [
    'max_header_size' => 1024,
    'max_body_size' => 100,
    'header_timeout' => 0.3,
    'idle_timeout' => 0.3,
    'max_requests' => 2,
]);
$timeouts->handle('/', $handler);
Sgo(fn() => $timeouts->start());
$h = "Host: x\r\n";
$first = fn(string $raw) => explode("\r\n", $raw)[0];

echo $first(http_raw($port, "GET / HTTP/1.1\r\n{$h}X-Big: " . str_repeat('a', 1100) . "\r\n\r\n")), "\n";
echo $first(http_raw($port, "GET / HTTP/1.1\r\n{$h}X-Fits: " . str_repeat('a', 900) . "\r\nConnection: close\r\n\r\n")), "\n";
echo $first(http_raw($port, "POST / HTTP/1.1\r\n{$h}Content-Length: 101\r\n\r\n" . str_repeat('b', 101))), "\n";
echo http_summary(http_raw($port, "POST / HTTP/1.1\r\n{$h}Content-Length: 100\r\nConnection: close\r\n\r\n" . str_repeat('b', 100))), "\n";
echo $first(http_raw($port, "POST / HTTP/1.1\r\n{$h}Transfer-Encoding: chunked\r\n\r\n40\r\n" . str_repeat('c', 64) . "\r\n40\r\n" . str_repeat('c', 64) . "\r\n0\r\n\r\n")), "\n";

// A head that stops halfway: 408, not before header_timeout.
$start = microtime(true);
echo $first(http_raw($timeouts->port, "GET / HTTP/1.1\r\n", false)), "\n";
var_dump(microtime(true) - $start >= 0.3);

// An idle connection: closed without a response, not before idle_timeout.
$start = microtime(true);
var_dump(http_raw($timeouts->port, "", false));
var_dump(microtime(true) - $start >= 0.3);

// max_requests: the second response says close, the third request is not served.
$get = "GET / HTTP/1.1\r\n{$h}\r\n";
$raw = http_raw($port, $get . $get . $get);
echo substr_count($raw, "HTTP/1.1 200"), " responses, ", substr_count($raw, "Connection: close"), " close\n";
$server->shutdown();
$timeouts->shutdown();
?>
--EXPECT--
HTTP/1.1 431 Request Header Fields Too Large
HTTP/1.1 200 OK
HTTP/1.1 413 Payload Too Large
HTTP/1.1 200 OK
Content-Length: 9
Connection: close

100 bytes
HTTP/1.1 413 Payload Too Large
HTTP/1.1 408 Request Timeout
bool(true)
string(0) ""
bool(true)
2 responses, 1 close
