--TEST--
With HOOK_SSL, a coroutine reads 100 MiB over an ssl:// stream (the server writes a repeated 1 MiB pattern, then closes) with fread() in 64 KiB pieces while another coroutine keeps running: every byte arrives, in order, then EOF; no hang, no crash
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$server = tls_server('bulk', tls_certificate('server'));
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SSL);
$pattern = str_repeat(implode('', array_map('chr', range(0, 255))), 4096);
$ticks = 0;
$ticker = Sgo(function () use (&$ticks) {
    while ($ticks >= 0) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sco::join([Sgo(function () use ($server, $pattern, &$ticks) {
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $conn = stream_socket_client("ssl://{$server[0]}", $errno, $errstr, 600, STREAM_CLIENT_CONNECT, $context);
    stream_set_timeout($conn, 600);
    $total = 0;
    $intact = true;
    $pending = '';
    $before = $ticks;
    while (!feof($conn)) {
        $piece = fread($conn, 65536);
        if ($piece === false) {
            echo "fread failed\n";
            break;
        }
        $pending .= $piece;
        while (strlen($pending) >= strlen($pattern)) {
            $intact = $intact && substr($pending, 0, strlen($pattern)) === $pattern;
            $pending = substr($pending, strlen($pattern));
            $total += strlen($pattern);
        }
    }
    $total += strlen($pending);
    echo "received: ", $total === 100 << 20 ? '100 MiB' : "$total bytes", ", intact: ", var_export($intact && $pending === '', true), "\n";
    echo "another coroutine ran meanwhile: ", var_export($ticks > $before, true), "\n";
    fclose($conn);
})]);
$ticks = -1;
Sco::join([$ticker]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
received: 100 MiB, intact: true
another coroutine ran meanwhile: true
