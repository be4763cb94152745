--TEST--
With the hooks, an ssl:// stream reports what PHP's own reports: capture_peer_cert and capture_peer_cert_chain put the peer's certificate into the context, peer_fingerprint is checked (a wrong one fails with PHP's warning), stream_get_meta_data() has PHP's keys in PHP's order with the "crypto" entry, and stream_context_get_options() the same options; the same code runs without the hooks first and the outputs are compared
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$cert = tls_certificate('server');
$server = tls_server('https', $cert);
$fingerprint = openssl_x509_fingerprint(file_get_contents($cert));

function inspect(string $address, array $options): string
{
    $log = [];
    set_error_handler(function ($type, $message) use (&$log, $address) {
        $log[] = str_replace($address, 'ADDRESS', $message);
        return true;
    });
    $context = stream_context_create(['ssl' => $options]);
    $conn = stream_socket_client("ssl://$address", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
    restore_error_handler();
    if ($conn === false) {
        return implode("\n", array_merge($log, ['false']));
    }
    $meta = stream_get_meta_data($conn);
    $ssl = stream_context_get_options($conn)['ssl'];
    $lines = $log;
    $lines[] = 'meta keys: ' . implode(', ', array_keys($meta));
    $lines[] = 'crypto: ' . json_encode($meta['crypto']);
    $lines[] = "stream_type: {$meta['stream_type']}, blocked: " . var_export($meta['blocked'], true);
    $lines[] = 'ssl options: ' . implode(', ', array_keys($ssl));
    if (isset($ssl['peer_certificate'])) {
        $lines[] = 'peer certificate: ' . get_class($ssl['peer_certificate']) . ' CN=' . openssl_x509_parse($ssl['peer_certificate'])['subject']['CN'];
    }
    if (isset($ssl['peer_certificate_chain'])) {
        $lines[] = 'chain: ' . count($ssl['peer_certificate_chain']);
    }
    fclose($conn);
    return implode("\n", $lines);
}

$cases = [
    'capture' => ['verify_peer' => false, 'capture_peer_cert' => true, 'capture_peer_cert_chain' => true],
    'right fingerprint' => ['cafile' => $cert, 'peer_fingerprint' => $fingerprint],
    'wrong fingerprint' => ['cafile' => $cert, 'peer_fingerprint' => str_repeat('0', 40)],
    'alpn asked, not offered' => ['verify_peer' => false, 'alpn_protocols' => 'h2,http/1.1'],
];
$without = [];
foreach ($cases as $name => $options) {
    $without[$name] = inspect($server[0], $options);
}
Study\Runtime::enableCoroutine();
$with = [];
Sco::join([Sgo(function () use ($cases, $server, &$with) {
    foreach ($cases as $name => $options) {
        $with[$name] = inspect($server[0], $options);
    }
})]);
Study\Runtime::disableCoroutine();
foreach ($without as $name => $output) {
    echo "== $name\n$output\n", $with[$name] === $output ? "(the same with the hooks)\n" : "WITH THE HOOKS:\n{$with[$name]}\n";
}
tls_server_stop($server);
?>
--EXPECTF--
== capture
meta keys: crypto, timed_out, blocked, eof, stream_type, mode, unread_bytes, seekable%S
crypto: {"protocol":"TLSv1.3","cipher_name":"%s","cipher_bits":%d,"cipher_version":"TLSv1.3"}
stream_type: tcp_socket/ssl, blocked: true
ssl options: verify_peer, capture_peer_cert, capture_peer_cert_chain, peer_certificate, peer_certificate_chain
peer certificate: OpenSSLCertificate CN=127.0.0.1
chain: 1
(the same with the hooks)
== right fingerprint
meta keys: crypto, timed_out, blocked, eof, stream_type, mode, unread_bytes, seekable%S
crypto: {"protocol":"TLSv1.3","cipher_name":"%s","cipher_bits":%d,"cipher_version":"TLSv1.3"}
stream_type: tcp_socket/ssl, blocked: true
ssl options: cafile, peer_fingerprint
(the same with the hooks)
== wrong fingerprint
stream_socket_client(): peer_fingerprint match failure
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false
(the same with the hooks)
== alpn asked, not offered
meta keys: crypto, timed_out, blocked, eof, stream_type, mode, unread_bytes, seekable%S
crypto: {"protocol":"TLSv1.3","cipher_name":"%s","cipher_bits":%d,"cipher_version":"TLSv1.3"}
stream_type: tcp_socket/ssl, blocked: true
ssl options: verify_peer, alpn_protocols
(the same with the hooks)
