<?php
// The HTTP hello world of bench/http.sh on each runtime's HTTP server: study's Study\Http\Server, or Swoole's
// Swoole\Coroutine\Http\Server. Usage: php [-d extension=...] bench/http_server.php study|swoole short|keepalive port
// The mode makes no difference to the server: each client's requests say whether the connection stays open (ab
// sends HTTP/1.0 requests without keep-alive, wrk HTTP/1.1 ones). It serves until it is killed.

$runtime = $argv[1] ?? 'study';
$port = (int)($argv[3] ?? 8080);

$hello = function ($request, $response) {
    $response->header('Content-Type', 'text/plain');
    $response->end('hello world');
};

if ($runtime === 'study') {
    $server = new Study\Http\Server('127.0.0.1', $port, ['backlog' => 512]);
    $server->handle('/', $hello);
    $server->start();
} elseif ($runtime === 'swoole') {
    Swoole\Coroutine\run(function () use ($port, $hello) {
        $server = new Swoole\Coroutine\Http\Server('127.0.0.1', $port, false, false);
        $server->handle('/', $hello);
        $server->start();
    });
} else {
    fwrite(STDERR, "unknown runtime $runtime\n");
    exit(1);
}
