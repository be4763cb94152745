<?php
// Tutorial ch72, HTTP hello world on Socket: php -n -d extension=modules/study.so examples/short_http_socket.php [port]

use Study\Coroutine\Socket;

$port = (int) ($argv[1] ?? 8080);

Sgo(function () use ($port) {
    $socket = new Socket(Socket::AF_INET, Socket::SOCK_STREAM, Socket::IPPROTO_IP);
    $socket->bind("127.0.0.1", $port);
    $socket->listen();
    while (true) {
        $conn = $socket->accept();
        Sgo(function () use ($conn) {
            $data = $conn->recv();
            $responseStr = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: 11\r\n\r\nhello world";
            $conn->send($responseStr);
            $conn->close();
        });
    }
});
