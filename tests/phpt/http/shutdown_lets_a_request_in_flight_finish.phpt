--TEST--
Study\Http\Server::shutdown(): start() stops accepting at once, an idle keep-alive connection is closed, a request in
flight finishes (its response says Connection: close) and start() returns after it; shutdown_timeout bounds the wait
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0, ['shutdown_timeout' => 30]);
$server->handle('/slow', function (Request $req, Response $res) use ($server) {
    echo "slow request started\n";
    Sgo(function () use ($server) {
        var_dump($server->shutdown());
        var_dump($server->shutdown());
    });
    Study\Coroutine::sleep(0.1);
    echo "slow request ends\n";
    $res->end('done');
});
$server->handle('/', fn($req, $res) => $res->end('quick'));
Sgo(function () use ($server) {
    $server->start();
    echo "start() returned\n";
});
$port = $server->port;

// An idle keep-alive connection: one request, then nothing.
$idle = new Study\Coroutine\Socket();
$idle->connect('127.0.0.1', $port, 5);
$idle->sendAll("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
$first = $idle->recv(65536, 5);
echo explode("\r\n", $first)[0], "\n";
Sgo(function () use ($idle) {
    var_dump($idle->recv(65536, 30)); // closed by shutdown(): ""
    echo "idle connection closed\n";
});

echo http_summary(http_raw($port, "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n")), "\n";
$late = new Study\Coroutine\Socket();
var_dump(@$late->connect('127.0.0.1', $port, 5));
Study\Coroutine::sleep(0.01);
// The handler closure holds the server, which holds the handler: a release PHP leaves such cycles to the end of the
// process (valgrind then reports them lost), so they are collected here.
unset($server);
gc_collect_cycles();
echo "end\n";
?>
--EXPECT--
HTTP/1.1 200 OK
slow request started
bool(true)
bool(false)
string(0) ""
idle connection closed
slow request ends
start() returned
HTTP/1.1 200 OK
Content-Length: 4
Connection: close

done
bool(false)
end
