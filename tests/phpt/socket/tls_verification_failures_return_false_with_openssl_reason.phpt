--TEST--
Study\Coroutine\Socket::enableCrypto() as a client: a wrong peer_name, a certificate from a CA that is not trusted, and a self-signed certificate fail with false, errCode EPROTO (71) and OpenSSL's reason in errMsg; allow_self_signed accepts the self-signed one, verify_peer => false accepts any chain but the name is still checked (verify_peer_name), and the right CA file and name succeed; without chain verification the name is checked once the handshake is over, so the server has completed its side then
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';

$pki = tls_pki();
$leaf = ['local_cert' => $pki['cert'], 'local_pk' => $pki['key']];
$self = ['local_cert' => $pki['self_cert'], 'local_pk' => $pki['self_key']];
$other = ['local_cert' => $pki['other_cert'], 'local_pk' => $pki['other_key']];
$cases = [
    'right CA and name' => [$leaf, ['cafile' => $pki['ca'], 'peer_name' => 'localhost']],
    'IP address in the certificate' => [$leaf, ['cafile' => $pki['ca']]],
    'wrong peer_name' => [$leaf, ['cafile' => $pki['ca'], 'peer_name' => 'example.com']],
    'wrong name, verify_peer_name off' => [$leaf, ['cafile' => $pki['ca'], 'peer_name' => 'example.com', 'verify_peer_name' => false]],
    'untrusted CA' => [$other, ['cafile' => $pki['ca'], 'peer_name' => 'localhost']],
    'untrusted CA, system store' => [$other, ['peer_name' => 'localhost']],
    'self-signed' => [$self, ['cafile' => $pki['ca'], 'peer_name' => 'localhost']],
    'self-signed, allowed' => [$self, ['cafile' => $pki['ca'], 'peer_name' => 'localhost', 'allow_self_signed' => true]],
    'verify_peer off' => [$other, ['verify_peer' => false, 'peer_name' => 'localhost']],
    'verify_peer off, wrong name' => [$other, ['verify_peer' => false, 'peer_name' => 'example.com']],
];
foreach ($cases as $name => [$server, $client]) {
    $out = tls_handshake($server, $client);
    [$ok, $code, $message] = $out['client'];
    echo str_pad($name, 34), var_export($ok, true), " $code '$message'", $ok === $out['server'][0] ? '' : ' (server differs)', "\n";
}
?>
--EXPECT--
right CA and name                 true 0 ''
IP address in the certificate     true 0 ''
wrong peer_name                   false 71 'TLS handshake failed: certificate verify failed (hostname mismatch)'
wrong name, verify_peer_name off  true 0 ''
untrusted CA                      false 71 'TLS handshake failed: certificate verify failed (unable to get local issuer certificate)'
untrusted CA, system store        false 71 'TLS handshake failed: certificate verify failed (unable to get local issuer certificate)'
self-signed                       false 71 'TLS handshake failed: certificate verify failed (self-signed certificate)'
self-signed, allowed              true 0 ''
verify_peer off                   true 0 ''
verify_peer off, wrong name       false 71 'TLS handshake failed: certificate verify failed (hostname mismatch)' (server differs)
