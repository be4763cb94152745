--TEST--
With HOOK_ALL, stream_select() on an ssl:// stream whose peer sent one 16 KiB TLS record, of which fread() took the first 8 KiB (PHP's buffer size): the other 8 KiB wait decrypted inside OpenSSL, where no readiness of the descriptor tells of them; the hooked stream_select() returns the stream at once as PHP's own does (OpenSSL's select cast moves them into the stream's buffer), and the next fread() gets them
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$server = tls_server('record', tls_certificate('server'));

function select_after_half(string $address): string
{
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $conn = stream_socket_client("ssl://$address", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
    $first = fread($conn, 8192);
    $read = [$conn];
    $write = $except = null;
    $ready = stream_select($read, $write, $except, null); /* no limit: a select blind to those bytes would never return */
    $second = fread($conn, 8192);
    fclose($conn);
    return "first read " . strlen($first) . ", select " . var_export($ready, true) . ", second read " . strlen($second);
}

echo "without the hooks: ", select_after_half($server[0]), "\n";
Study\Runtime::enableCoroutine();
Sco::join([Sgo(function () use ($server) {
    echo "with the hooks:    ", select_after_half($server[0]), "\n";
})]);
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
without the hooks: first read 8192, select 1, second read 8192
with the hooks:    first read 8192, select 1, second read 8192
