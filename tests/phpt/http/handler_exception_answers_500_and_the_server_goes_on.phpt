--TEST--
Study\Http\Server: an exception a handler lets out is reported as a warning (the user's exception handler when one
is set) and answered 500; after write() it cuts the connection instead; the server goes on serving, and an exit()
in a handler ends the script as in any coroutine
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$server->handle('/throw', function (Request $req, Response $res) {
    $res->header('X-Lost', 'yes');
    throw new RuntimeException('boom');
});
$server->handle('/throw-after-write', function (Request $req, Response $res) {
    $res->write('partial');
    throw new LogicException('late');
});
$server->handle('/ok', fn($req, $res) => $res->end('fine'));
$server->handle('/exit', function ($req, $res) {
    $res->end('bye');
    exit(3);
});
Sgo(fn() => $server->start());
$port = $server->port;
$close = "Host: x\r\nConnection: close\r\n\r\n";

echo http_summary(http_raw($port, "GET /throw HTTP/1.1\r\n$close")), "\n";
$raw = http_raw($port, "GET /throw-after-write HTTP/1.1\r\n$close");
var_dump(str_ends_with($raw, "0\r\n\r\n"));
echo http_summary(http_raw($port, "GET /ok HTTP/1.1\r\n$close")), "\n";
set_exception_handler(function (Throwable $e) { echo "handler got: ", $e->getMessage(), "\n"; });
echo explode("\r\n", http_raw($port, "GET /throw HTTP/1.1\r\n$close"))[0], "\n";
register_shutdown_function(fn() => print("shutdown function\n"));
echo explode("\r\n", http_raw($port, "GET /exit HTTP/1.1\r\n$close"))[0], "\n";
echo "not reached\n";
?>
--EXPECTF--
Warning: Uncaught RuntimeException: boom in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(Study\Http\Request), Object(Study\Http\Response))
#1 %s(19): {coroutine %d, created by coroutine %d}()
#2 {main}
  thrown in %s on line %d
HTTP/1.1 500 Internal Server Error
Content-Type: text/plain; charset=utf-8
Vary: Accept-Encoding
Content-Length: 22
Connection: close

Internal Server Error


Warning: Uncaught LogicException: late in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(Study\Http\Request), Object(Study\Http\Response))
#1 %s(19): {coroutine %d, created by coroutine %d}()
#2 {main}
  thrown in %s on line %d
bool(false)
HTTP/1.1 200 OK
Content-Length: 4
Connection: close

fine
handler got: boom
HTTP/1.1 500 Internal Server Error
shutdown function
