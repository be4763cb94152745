<?php
// Study\Runtime: unchanged blocking PHP code runs concurrently in coroutines.
// php -d extension=modules/study.so examples/runtime_hooks.php
Study\Runtime::enableCoroutine();

// A plain stream_socket_server() HTTP server, one coroutine per connection.
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server) {
    while ($conn = @stream_socket_accept($server, -1)) {
        Sgo(function () use ($conn) {
            $request = fgets($conn);
            sleep(1);                                   // a slow backend: suspends only this coroutine
            $body = 'you asked for ' . explode(' ', $request)[1];
            fwrite($conn, "HTTP/1.0 200 OK\r\nContent-Length: " . strlen($body) . "\r\n\r\n$body");
            fclose($conn);
        });
    }
});

// Ten clients with file_get_contents(): about one second in all, not ten.
$start = microtime(true);
$done = new Study\Coroutine\WaitGroup();
for ($i = 1; $i <= 10; $i++) {
    $done->add();
    Sgo(function () use ($address, $i, $done) {
        echo file_get_contents("http://$address/page/$i"), "\n";
        $done->done();
    });
}
$done->wait();
printf("10 requests in %.1f s\n", microtime(true) - $start);
fclose($server);
