--TEST--
With HOOK_SSL | HOOK_STREAM_SELECT, an fread() on a TLS stream that another coroutine's stream_select() watches throws the Error a plain stream throws then, at once; the stream stays usable (not at EOF) and the select then sees the echo of a line written afterwards. Regression: the TLS read polled in 1 ms pauses until that select ended (up to its timeout), then waited on
--EXTENSIONS--
study
openssl
pcntl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/tls.inc';
$server = tls_server('echo', tls_certificate('server'));
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SSL | Study\Runtime::HOOK_STREAM_SELECT);
Sco::join([Sgo(function () use ($server) {
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $conn = stream_socket_client("ssl://{$server[0]}", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
    stream_set_timeout($conn, 10);
    // A round trip first: it also takes in what TLS 1.3 sends after the handshake, so the select below has to wait.
    fwrite($conn, "first\n");
    echo "echoed: ", fgets($conn);
    $selector = Sgo(function () use ($conn) {
        $read = [$conn];
        $write = $except = null;
        $ready = stream_select($read, $write, $except, 10);
        echo "select: $ready\n";
    });
    try {
        fread($conn, 100);
        echo "fread returned\n";
    } catch (Error $e) {
        echo "fread: ", preg_replace('/fd \d+/', 'fd N', $e->getMessage()), "\n";
    }
    fwrite($conn, "second\n");
    Sco::join([$selector]);
    echo "echoed: ", fgets($conn);
    fclose($conn);
})]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
echoed: first
fread: Socket stream (fd N) is already being waited on by another coroutine (in stream_select()); a stream can be waited on by one coroutine at a time
select: 1
echoed: second
