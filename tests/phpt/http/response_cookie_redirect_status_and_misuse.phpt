--TEST--
Study\Http\Response: cookie() writes Set-Cookie as setcookie() would (and checks its arguments the same way),
redirect() answers with Location, status() and header() return false once the status line is out, a header value
with CR/LF is refused with a warning, isWritable() turns false after end(), and a kept Response writes nothing later
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$kept = null;
$server = new Server('127.0.0.1', 0);
$server->handle('/cookie', function (Request $req, Response $res) {
    var_dump($res->cookie('plain', 'a b&c'));
    var_dump($res->cookie('gone'));
    var_dump($res->cookie('opts', 'v', ['expires' => 2000000000, 'path' => '/p', 'domain' => 'example.org',
        'secure' => true, 'httponly' => true, 'samesite' => 'Strict']));
    try {
        $res->cookie('bad=name', 'v');
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        $res->cookie('x', 'v', ['nope' => 1]);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    $res->end();
});
$server->handle('/redirect', function (Request $req, Response $res) {
    var_dump($res->redirect('/elsewhere', 301));
    var_dump($res->isWritable(), $res->end('again'));
});
$server->handle('/misuse', function (Request $req, Response $res) use (&$kept) {
    try {
        $res->status(42);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    var_dump($res->header('X-Evil', "a\r\nSet-Cookie: x=1"));
    var_dump($res->isWritable(), $res->write('part'));
    var_dump($res->status(404), $res->header('X-Late', 'v'));
    $kept = $res;
});
Sgo(fn() => $server->start());
$close = "Host: x\r\nConnection: close\r\n\r\n";
foreach (['/cookie', '/redirect', '/misuse'] as $path) {
    echo http_summary(http_raw($server->port, "GET $path HTTP/1.1\r\n$close")), "\n";
}
var_dump($kept->isWritable(), $kept->write('later'), $kept->end());
$server->shutdown();
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
ValueError: Study\Http\Response::cookie(): Argument #1 ($name) cannot contain "=", ",", ";", " ", "\t", "\r", "\n", "\013", or "\014"
ValueError: Study\Http\Response::cookie(): Argument #3 ($expires_or_options) option "nope" is invalid
HTTP/1.1 200 OK
Set-Cookie: plain=a+b%26c
Set-Cookie: gone=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0
Set-Cookie: opts=v; expires=Wed, 18 May 2033 03:33:20 GMT; Max-Age=%d; path=/p; domain=example.org; SameSite=Strict; secure; HttpOnly
Content-Length: 0
Connection: close


bool(true)
bool(false)
bool(false)
HTTP/1.1 301 Moved Permanently
Location: /elsewhere
Content-Length: 0
Connection: close


ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599

Warning: Study\Http\Response::header(): Header field "X-Evil" not added: the name must be a token and the value must not contain CR, LF or NUL in %s on line %d
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
HTTP/1.1 200 OK
Transfer-Encoding: chunked
Connection: close

4
part
0


bool(false)
bool(false)
bool(false)
