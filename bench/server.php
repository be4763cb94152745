<?php
// An HTTP hello-world server for bench/server.sh: the same PHP on each runtime's coroutine Socket, one coroutine
// per connection. Usage: php [-d extension=...] bench/server.php study|swoole short|keepalive [port]
// short: recv one request, send the response, close (the tutorial's server). keepalive: answer every request
// (read until "\r\n\r\n") with Connection: keep-alive until the peer closes. It serves until it is killed.

$runtime = $argv[1] ?? 'study';
$mode = $argv[2] ?? 'short';
$port = (int)($argv[3] ?? 8080);

$body = "hello world";
$response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . strlen($body) . "\r\nConnection: "
    . ($mode === 'short' ? 'close' : 'keep-alive') . "\r\n\r\n" . $body;

function handle_short($conn, string $response): void {
    $request = $conn->recv(65536, -1);
    if ($request !== '' && $request !== false) {
        $conn->send($response, -1);
    }
    $conn->close();
}

function handle_keepalive($conn, string $response): void {
    $buffer = '';
    while (true) {
        $end = strpos($buffer, "\r\n\r\n");
        if ($end === false) {
            $data = $conn->recv(65536, -1);
            if ($data === '' || $data === false) {
                break;
            }
            $buffer .= $data;
            continue;
        }
        $buffer = substr($buffer, $end + 4);
        if ($conn->send($response, -1) === false) {
            break;
        }
    }
    $conn->close();
}

// Accepts for ever, each connection handled in a new coroutine started by $spawn.
function serve(string $class, int $domain, int $type, callable $spawn, string $handler, int $port,
    string $response): void {
    $server = new $class($domain, $type, 0);
    if (!$server->bind('127.0.0.1', $port) || !$server->listen(512)) {
        fwrite(STDERR, "bind/listen on 127.0.0.1:$port failed: {$server->errMsg} ({$server->errCode})\n");
        return;
    }
    $failures = 0;
    while (true) {
        $conn = $server->accept(-1);
        if ($conn === false) {
            fwrite(STDERR, "accept failed: {$server->errMsg} ({$server->errCode})\n");
            if (++$failures === 100) {
                return;
            }
            continue;
        }
        $failures = 0;
        $spawn($handler, $conn, $response);
    }
}

if (!in_array($mode, ['short', 'keepalive'], true)) {
    fwrite(STDERR, "mode must be short or keepalive\n");
    exit(2);
}
$handler = $mode === 'short' ? 'handle_short' : 'handle_keepalive';
switch ($runtime) {
    case 'study':
        $socket = Study\Coroutine\Socket::class;
        Sgo('serve', $socket, $socket::AF_INET, $socket::SOCK_STREAM, 'Sgo', $handler, $port, $response);
        break;  // the event loop runs when the script ends
    case 'swoole':
        Swoole\Coroutine::set(['hook_flags' => 0]);  // no runtime hooks: Coroutine\run() would enable them all
        Swoole\Coroutine\run('serve', Swoole\Coroutine\Socket::class, AF_INET, SOCK_STREAM,
            [Swoole\Coroutine::class, 'create'], $handler, $port, $response);
        break;
    default:
        fwrite(STDERR, "runtime must be study or swoole\n");
        exit(2);
}
