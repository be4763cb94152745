--TEST--
With HOOK_SSL | HOOK_TLS: a server made by stream_socket_server('ssl://127.0.0.1:0') in a coroutine accepts and does the server side of the handshake with local_cert while client coroutines connect with tls:// and tlsv1.2:// (each gets its line echoed, over the protocol asked for); a persistent ssl:// stream (STREAM_CLIENT_PERSISTENT) is found alive and reused by the next stream_socket_client(); HOOK_SSL and HOOK_TLS are in HOOK_ALL; after disableCoroutine() a TLS handshake blocks the process again (another coroutine does not run while it waits), as PHP's own transport does
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$cert = tls_certificate('server');
var_dump(Study\Runtime::HOOK_SSL, Study\Runtime::HOOK_TLS, (Study\Runtime::HOOK_ALL & 384) === 384);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SSL | Study\Runtime::HOOK_TLS);

$context = stream_context_create(['ssl' => ['local_cert' => $cert, 'verify_peer' => false]]);
$server = stream_socket_server('ssl://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
$address = stream_socket_get_name($server, false);
$served = Sgo(function () use ($server) {
    for ($i = 0; $i < 2; $i++) {
        $conn = stream_socket_accept($server, 30);
        Sgo(function () use ($conn) {
            $line = fgets($conn);
            fwrite($conn, strtoupper($line) . stream_get_meta_data($conn)['crypto']['protocol'] . "\n");
            fclose($conn);
        });
    }
});
$clients = [];
$echoed = [];
foreach (['tls', 'tlsv1.2'] as $transport) {
    $clients[] = Sgo(function () use ($transport, $address, &$echoed) {
        $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
        $conn = stream_socket_client("$transport://$address", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
        fwrite($conn, "hello over $transport\n");
        $echoed[$transport] = trim(fgets($conn)) . " / " . trim(fgets($conn));
        fclose($conn);
    });
}
Sco::join($clients);
Sco::join([$served]);
ksort($echoed);
echo implode("\n", $echoed), "\n";
fclose($server);

$echo = tls_server('echo', $cert);
Sco::join([Sgo(function () use ($echo) {
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $flags = STREAM_CLIENT_CONNECT | STREAM_CLIENT_PERSISTENT;
    $first = stream_socket_client("ssl://{$echo[0]}", $errno, $errstr, 30, $flags, $context);
    fwrite($first, "persistent\n");
    echo "persistent: ", fgets($first);
    $second = stream_socket_client("ssl://{$echo[0]}", $errno, $errstr, 30, $flags, $context);
    echo "the same stream again: ", var_export(get_resource_id($first) === get_resource_id($second), true), ", ", stream_get_meta_data($second)['crypto']['protocol'], "\n";
    fwrite($second, "again\n");
    echo "persistent: ", fgets($second);
})]);

Study\Runtime::disableCoroutine();
$silent = tls_server('silent', $cert);
$ticks = 0;
$ticker = Sgo(function () use (&$ticks) {
    while ($ticks >= 0) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sco::join([Sgo(function () use ($silent, &$ticks) {
    $before = $ticks;
    $conn = @stream_socket_client("ssl://{$silent[0]}", $errno, $errstr, 1);
    echo "without the hooks: ", var_export($conn, true), ", another coroutine ran meanwhile: ", var_export($ticks > $before, true), "\n";
})]);
$ticks = -1;
Sco::join([$ticker]);
tls_server_stop($silent);
tls_server_stop($echo);
?>
--EXPECT--
int(128)
int(256)
bool(true)
HELLO OVER TLS / TLSv1.3
HELLO OVER TLSV1.2 / TLSv1.2
persistent: persistent
the same stream again: true, TLSv1.3
persistent: again
without the hooks: false, another coroutine ran meanwhile: false
