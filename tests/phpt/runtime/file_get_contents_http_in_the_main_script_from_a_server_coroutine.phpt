--TEST--
With HOOK_TCP, file_get_contents('http://127.0.0.1:PORT/...') in the main script against an HTTP server written with stream_socket_server(), stream_socket_accept(), fgets() and fwrite() in a coroutine of the same script: the main script waits while the server coroutine serves it, and gets each response's body; a second request gets its own body
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server) {
    for ($i = 0; $i < 2; $i++) {
        $conn = stream_socket_accept($server, 10);
        $requestLine = fgets($conn);
        while (($line = fgets($conn)) !== false && $line !== "\r\n") {
        }
        echo "server: ", trim($requestLine), "\n";
        $body = "you asked for " . explode(' ', $requestLine)[1];
        fwrite($conn, "HTTP/1.0 200 OK\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
        fclose($conn);
    }
    fclose($server);
});
var_dump(file_get_contents("http://$address/first"));
var_dump(file_get_contents("http://$address/second?x=1"));
?>
--EXPECT--
server: GET /first HTTP/1.1
string(20) "you asked for /first"
server: GET /second?x=1 HTTP/1.1
string(25) "you asked for /second?x=1"
