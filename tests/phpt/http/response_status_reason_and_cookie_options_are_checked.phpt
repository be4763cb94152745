--TEST--
Study\Http\Response: status() refuses interim (1xx) and unknown-class (600+) codes and a reason phrase with NUL, CR,
LF or another control character (regressions: 100 to 999 were accepted, and a NUL cut the reason short); cookie()
refuses an expiry after the year 9999 as setcookie() does, and an option given twice in other case replaces the
first without leaking it (regression: the first value leaked)
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

function attempt(callable $call): void {
    try {
        var_dump($call());
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}

$server = new Server('127.0.0.1', 0);
$server->handle('/status', function (Request $req, Response $res) {
    foreach ([100, 101, 199, 600, 999] as $code) {
        attempt(fn() => $res->status($code));
    }
    foreach (["OK\0evil", "OK\r\nSet-Cookie: x=1", "OK\nX: y", "a\x01b", "a\x7fb"] as $reason) {
        attempt(fn() => $res->status(200, $reason));
    }
    var_dump($res->status(599), $res->status(200), $res->status(299, "Fine\tand d\xc3\xa9j\xc3\xa0 vu"));
    $res->end('body');
});
$server->handle('/cookie', function (Request $req, Response $res) {
    attempt(fn() => $res->cookie('late', 'v', 253402300800));
    attempt(fn() => $res->cookie('late', 'v', ['expires' => 253402300800, 'path' => str_repeat('/p', 2)]));
    attempt(fn() => $res->cookie('late', '', 253402300800));
    var_dump($res->cookie('last', 'v', 253402300799));
    // Non-interned strings, so that a value dropped without its release shows as a leak.
    $path = str_repeat('/a', 2);
    var_dump($res->cookie('twice', 'v', ['path' => $path, 'Path' => str_repeat('/b', 2), 'PATH' => 12345,
        'domain' => str_repeat('x', 3), 'DOMAIN' => str_repeat('y', 3), 'samesite' => str_repeat('L', 2),
        'SameSite' => 'Strict']));
    // Without valgrind too: each refused call below read "path" twice first; a dropped value stays allocated.
    $before = memory_get_usage();
    for ($i = 0; $i < 1000; ++$i) {
        try {
            $res->cookie('twice', 'v', ['path' => str_repeat('/a', 50), 'Path' => str_repeat('/b', 50), 'nope' => 1]);
        } catch (ValueError $e) {
        }
    }
    var_dump(memory_get_usage() - $before < 20000);
    $res->end();
});
Sgo(fn() => $server->start());
$close = "Host: x\r\nConnection: close\r\n\r\n";
foreach (['/status', '/cookie'] as $path) {
    echo http_summary(http_raw($server->port, "GET $path HTTP/1.1\r\n$close")), "\n";
}
$server->shutdown();
?>
--EXPECTF--
ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599
ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599
ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599
ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599
ValueError: Study\Http\Response::status(): Argument #1 ($code) must be a final status code, from 200 to 599
ValueError: Study\Http\Response::status(): Argument #2 ($reason) must not contain control characters (NUL, CR, LF, ...) other than tabs
ValueError: Study\Http\Response::status(): Argument #2 ($reason) must not contain control characters (NUL, CR, LF, ...) other than tabs
ValueError: Study\Http\Response::status(): Argument #2 ($reason) must not contain control characters (NUL, CR, LF, ...) other than tabs
ValueError: Study\Http\Response::status(): Argument #2 ($reason) must not contain control characters (NUL, CR, LF, ...) other than tabs
ValueError: Study\Http\Response::status(): Argument #2 ($reason) must not contain control characters (NUL, CR, LF, ...) other than tabs
bool(true)
bool(true)
bool(true)
HTTP/1.1 299 Fine	and déjà vu
Content-Length: 4
Connection: close

body
ValueError: Study\Http\Response::cookie(): "expires" option cannot have a year greater than 9999
ValueError: Study\Http\Response::cookie(): "expires" option cannot have a year greater than 9999
ValueError: Study\Http\Response::cookie(): "expires" option cannot have a year greater than 9999
bool(true)
bool(true)
bool(true)
HTTP/1.1 200 OK
Set-Cookie: last=v; expires=Fri, 31 Dec 9999 23:59:59 GMT; Max-Age=%d
Set-Cookie: twice=v; path=12345; domain=yyy; SameSite=Strict
Content-Length: 0
Connection: close

