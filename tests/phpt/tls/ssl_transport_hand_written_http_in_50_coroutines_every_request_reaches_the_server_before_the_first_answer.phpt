--TEST--
With HOOK_SSL, 50 coroutines each open stream_socket_client('ssl://127.0.0.1:PORT') (verify_peer off), write an HTTP request by hand and read the answer with fgets() and stream_get_contents(), against a TLS server in a child process that answers only once all 50 requests have arrived: every answer says that 50 had arrived; the streams are PHP's "tcp_socket/ssl" with a "crypto" entry in their meta data
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
const CLIENTS = 50;
$server = tls_server('https', tls_certificate('server'), CLIENTS);

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SSL);
$answered = 0;
$results = [];
$coroutines = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $coroutines[] = Sgo(function () use ($i, $server, &$answered, &$results) {
        $context = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]);
        $conn = stream_socket_client("ssl://{$server[0]}", $errno, $errstr, 600, STREAM_CLIENT_CONNECT, $context);
        if ($conn === false) {
            $results[$i] = "connect failed: $errno $errstr";
            return;
        }
        stream_set_timeout($conn, 600);
        fwrite($conn, "GET /hand/$i HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
        $status = fgets($conn);
        $rest = stream_get_contents($conn);
        $meta = stream_get_meta_data($conn);
        $body = substr($rest, strpos($rest, "\r\n\r\n") + 4);
        $results[$i] = trim($status) . " | $body | {$meta['stream_type']} | " . (isset($meta['crypto']['protocol']) ? 'crypto' : 'NO CRYPTO');
        fclose($conn);
        $answered++;
    });
}
echo "answered before the main script went on: $answered\n";
Sco::join($coroutines);
$right = 0;
foreach ($results as $i => $result) {
    $result === "HTTP/1.0 200 OK | arrived=50 path=/hand/$i | tcp_socket/ssl | crypto" ? $right++ : print("coroutine $i: $result\n");
}
echo "answered: $answered, as expected: $right\n";
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
answered before the main script went on: 0
answered: 50, as expected: 50
