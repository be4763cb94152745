<?php
// Tutorial ch74, HTTP hello world on Server: php -n -d extension=modules/study.so examples/short_http_server.php [port]

$port = (int) ($argv[1] ?? 8080);

Sgo(function () use ($port) {
    $server = new Study\Coroutine\Server("127.0.0.1", $port);
    $server->set_handler(function (Study\Coroutine\Socket $conn) use ($server) {
        $data = $conn->recv();
        $responseStr = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: 11\r\n\r\nhello world";
        $conn->send($responseStr);
        $conn->close();
    });
    $server->start();
});
