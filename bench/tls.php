<?php
// An HTTPS hello-world server for bench/tls.sh: the same PHP on each runtime's coroutine TLS server, one coroutine per
// connection. Usage: php [-d extension=...] bench/tls.php study|swoole short|keepalive port cert key
// short: one request, the response, close (a full handshake per request). keepalive: answer every request (read
// until "\r\n\r\n") until the peer closes. It serves until it is killed.

[, $runtime, $mode, $port, $cert, $key] = $argv + [null, 'study', 'short', 8443, '', ''];
$port = (int)$port;
$body = "hello world";
$response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . strlen($body) . "\r\nConnection: "
    . ($mode === 'short' ? 'close' : 'keep-alive') . "\r\n\r\n" . $body;

function handle($conn, string $mode, string $response): void {
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
        if ($conn->send($response, -1) === false || $mode === 'short') {
            break;
        }
    }
    $conn->close();
}

switch ($runtime) {
    case 'study':
        $server = new Study\Coroutine\Server('127.0.0.1', $port, false, ['local_cert' => $cert, 'local_pk' => $key]);
        $server->set_handler(fn($conn) => handle($conn, $mode, $response));
        Sgo(fn() => $server->start());
        break;  // the event loop runs when the script ends
    case 'swoole':
        Swoole\Coroutine::set(['hook_flags' => 0]);
        Swoole\Coroutine\run(function () use ($port, $cert, $key, $mode, $response) {
            $server = new Swoole\Coroutine\Server('127.0.0.1', $port, true);
            $server->set(['ssl_cert_file' => $cert, 'ssl_key_file' => $key, 'open_tcp_nodelay' => true]);
            $server->handle(fn($conn) => handle($conn, $mode, $response));
            $server->start();
        });
        break;
    default:
        fwrite(STDERR, "runtime must be study or swoole\n");
        exit(2);
}
