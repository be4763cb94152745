--TEST--
With HOOK_TCP | HOOK_SSL, a coroutine writes 64 MiB over TLS (STARTTLS on a tcp:// stream whose send buffer is made as small as the kernel allows) to a peer that reads in 4 KiB pieces and never writes until it has everything: every fwrite() completes and the peer receives every byte intact. Regression: a write that got EAGAIN and then found the descriptor writable (the peer had read meanwhile) took it for OpenSSL waiting for the peer's data and waited to read, which never came: the writer hung until its timeout (a race: the small buffer makes the writer wait thousands of times, and before the fix the peer read in that window in most runs)
--EXTENSIONS--
study
openssl
pcntl
sockets
--FILE--
<?php
require __DIR__ . '/tls.inc';
const TOTAL = 64 << 20;
$server = tls_server('drain', tls_certificate('server'), TOTAL);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP | Study\Runtime::HOOK_SSL);
Sco::join([Sgo(function () use ($server) {
    $conn = stream_socket_client("tcp://{$server[0]}", $errno, $errstr, 60);
    // The smallest send buffer (the kernel raises 1 to its minimum): the writer waits for room after every few KiB.
    echo "small send buffer: ", var_export(socket_set_option(socket_import_stream($conn), SOL_SOCKET, SO_SNDBUF, 1), true), "\n";
    stream_context_set_option($conn, 'ssl', 'verify_peer', false);
    echo "TLS on: ", var_export(stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_CLIENT), true), "\n";
    // A generous limit: a writer that waits for data the peer never sends fails here instead of hanging the run.
    stream_set_timeout($conn, 120);
    // Reading the peer's first line also takes in what TLS 1.3 sent after the handshake (session tickets), so that
    // nothing unread is left on the descriptor: a wait for readability can only end by the timeout.
    echo "peer: ", fgets($conn);
    $chunk = str_repeat(implode('', array_map('chr', range(0, 255))), 4096);
    $written = 0;
    while ($written < TOTAL) {
        $n = fwrite($conn, substr($chunk, $written % strlen($chunk), min(strlen($chunk), TOTAL - $written)));
        if (!$n) {
            echo "fwrite failed after $written bytes, timed out: ", var_export(stream_get_meta_data($conn)['timed_out'], true), "\n";
            break;
        }
        $written += $n;
    }
    echo "written: ", $written === TOTAL ? '64 MiB' : "$written bytes", "\n";
    echo "peer: ", fgets($conn);
    fclose($conn);
})]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
small send buffer: true
TLS on: true
peer: ready
written: 64 MiB
peer: received 67108864, intact: true
