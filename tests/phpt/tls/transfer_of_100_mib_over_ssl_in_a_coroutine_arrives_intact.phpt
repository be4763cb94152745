--TEST--
With HOOK_SSL, a coroutine reads 100 MiB over an ssl:// stream with fread() in 64 KiB pieces (the server sends a repeated 1 MiB pattern once it has read a line, then closes): its first fread() suspends it, another coroutine writes that line on the same stream meanwhile, and every byte arrives, in order, then EOF; no hang, no crash
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
Sco::join([Sgo(function () use ($server, $pattern) {
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $conn = stream_socket_client("ssl://{$server[0]}", $errno, $errstr, 60, STREAM_CLIENT_CONNECT, $context);
    stream_set_timeout($conn, 60);
    $state = (object)['line_sent' => false, 'first_after_line' => null];
    // The server sends nothing before it reads the line, so the reader's first fread() can only return once it has
    // suspended and this coroutine has written the line. A fread() that blocked the thread would time out instead.
    $reader = Sgo(function () use ($conn, $pattern, $state) {
        $total = 0;
        $intact = true;
        $pending = '';
        while (!feof($conn)) {
            $piece = fread($conn, 65536);
            if ($piece === false) {
                echo "fread failed\n";
                break;
            }
            $state->first_after_line ??= $piece !== '' ? $state->line_sent : null;
            $pending .= $piece;
            while (strlen($pending) >= strlen($pattern)) {
                $intact = $intact && substr($pending, 0, strlen($pattern)) === $pattern;
                $pending = substr($pending, strlen($pattern));
                $total += strlen($pattern);
            }
        }
        $total += strlen($pending);
        echo "received: ", $total === 100 << 20 ? '100 MiB' : "$total bytes", ", intact: ", var_export($intact && $pending === '', true), "\n";
    });
    $state->line_sent = true;
    echo "line written while the reader waits: ", var_export(fwrite($conn, "go\n") === 3, true), "\n";
    Sco::join([$reader]);
    echo "the first piece came after the line: ", var_export($state->first_after_line, true), "\n";
    fclose($conn);
})]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
line written while the reader waits: true
received: 100 MiB, intact: true
the first piece came after the line: true
