--TEST--
With HOOK_TCP, 50 coroutines each connect with tcp://, say STARTTLS in plain text, turn TLS on with stream_socket_enable_crypto() (verify_peer off) and send an HTTP request over it, against a server in a child process that answers only once all 50 requests have arrived: every answer says that 50 had arrived (the handshakes wait as coroutines), and stream_socket_enable_crypto() returns true
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
const CLIENTS = 50;
$server = tls_server('starttls', tls_certificate('server'), CLIENTS);

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$answered = 0;
$results = [];
$coroutines = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $coroutines[] = Sgo(function () use ($i, $server, &$answered, &$results) {
        $context = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $conn = stream_socket_client("tcp://{$server[0]}", $errno, $errstr, 600, STREAM_CLIENT_CONNECT, $context);
        stream_set_timeout($conn, 600);
        fwrite($conn, "STARTTLS\n");
        $go = trim(fgets($conn));
        $enabled = var_export(stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_CLIENT), true);
        fwrite($conn, "GET /starttls/$i HTTP/1.0\r\n\r\n");
        $answer = stream_get_contents($conn);
        $results[$i] = "$go | $enabled | " . substr($answer, strpos($answer, "\r\n\r\n") + 4);
        fclose($conn);
        $answered++;
    });
}
echo "answered before the main script went on: $answered\n";
Sco::join($coroutines);
$right = 0;
foreach ($results as $i => $result) {
    $result === "GO AHEAD | true | arrived=50 path=/starttls/$i" ? $right++ : print("coroutine $i: $result\n");
}
echo "answered: $answered, as expected: $right\n";
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
answered before the main script went on: 0
answered: 50, as expected: 50
