--TEST--
With the hooks, a destructor that opens an ssl:// connection, sends a line and reads the echo completes, in the main script and in a coroutine: where the context may not suspend (a destructor before PHP 8.4) the handshake, write and read block as PHP's own do; since 8.4 they suspend as a Fiber may
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$server = tls_server('echo', tls_certificate('server'));
Study\Runtime::enableCoroutine();

class Greeter {
    public function __construct(public string $address, public string $who) {}
    public function __destruct() {
        $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
        $conn = stream_socket_client("ssl://{$this->address}", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
        fwrite($conn, "hello from {$this->who}\n");
        echo "echoed: ", fgets($conn);
        fclose($conn);
    }
}

$greeter = new Greeter($server[0], 'the main script');
unset($greeter);
Sco::join([Sgo(function () use ($server) {
    $greeter = new Greeter($server[0], 'a coroutine');
    unset($greeter);
    echo "coroutine goes on\n";
})]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
echoed: hello from the main script
echoed: hello from a coroutine
coroutine goes on
