<?php
// The HTTP server of bench/http.sh and bench/http_large.sh on each runtime: study's Study\Http\Server, Swoole's
// Swoole\Coroutine\Http\Server ("swoole"), or Swoole's Swoole\Http\Server in SWOOLE_BASE mode with one worker
// ("swoole-base": the process started serves, no manager or worker is forked).
// Usage: php [-d extension=...] bench/http_server.php study|swoole|swoole-base short|keepalive port
// The mode makes no difference to the server: each client's requests say whether the connection stays open (ab
// sends HTTP/1.0 requests without keep-alive, wrk HTTP/1.1 ones). It serves until it is killed.
// Routes: "/" answers "hello world"; "/file" sends the file BENCH_HTTP_FILE names with the runtime's sendfile();
// "/upload" reads the request body whole and answers its length.

$runtime = $argv[1] ?? 'study';
$port = (int)($argv[3] ?? 8080);
$file = getenv('BENCH_HTTP_FILE') ?: '';

$routes = [
    '/' => function ($request, $response) {
        $response->header('Content-Type', 'text/plain');
        $response->end('hello world');
    },
    '/file' => function ($request, $response) use ($file) {
        $response->header('Content-Type', 'application/octet-stream');
        $response->sendfile($file);
    },
    '/upload' => function ($request, $response) {
        $response->header('Content-Type', 'text/plain');
        $response->end((string)strlen($request->rawContent()));
    },
];

if ($runtime === 'study') {
    $server = new Study\Http\Server('127.0.0.1', $port, ['backlog' => 512]);
    foreach ($routes as $path => $handler) {
        $server->handle($path, $handler);
    }
    $server->start();
} elseif ($runtime === 'swoole') {
    Swoole\Coroutine\run(function () use ($port, $routes) {
        $server = new Swoole\Coroutine\Http\Server('127.0.0.1', $port, false, false);
        foreach ($routes as $path => $handler) {
            $server->handle($path, $handler);
        }
        $server->start();
    });
} elseif ($runtime === 'swoole-base') {
    $server = new Swoole\Http\Server('127.0.0.1', $port, SWOOLE_BASE);
    $server->set(['worker_num' => 1, 'backlog' => 512, 'log_level' => SWOOLE_LOG_WARNING]);
    $server->on('request', function ($request, $response) use ($routes) {
        $path = $request->server['request_uri'] ?? '/';
        ($routes[$path] ?? $routes['/'])($request, $response);
    });
    $server->start();
} else {
    fwrite(STDERR, "unknown runtime $runtime\n");
    exit(1);
}
