--TEST--
Study\Coroutine\Server's $ssl options: no certificate, a file that cannot be loaded, a wrong passphrase throw Study\Coroutine\Socket\Exception naming the reason; a value of the wrong type throws TypeError naming the option; null means plain TCP
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Coroutine\Server;

$pki = tls_pki();
foreach ([
    [],
    ['local_cert' => $pki['dir'] . '/missing.crt'],
    ['local_cert' => $pki['cert'], 'local_pk' => $pki['encrypted_key'], 'passphrase' => 'wrong'],
    ['local_cert' => $pki['cert'], 'local_pk' => $pki['encrypted_key']],
    ['local_cert' => $pki['cert'], 'handshake_timeout' => 'soon'],
    ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'], 'verify_peer' => true, 'cafile' => $pki['dir'] . '/missing-ca.pem'],
] as $ssl) {
    try {
        new Server('127.0.0.1', 0, false, $ssl);
        echo "no exception\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$plain = new Server('127.0.0.1', 0, false, null);
echo "plain: ", $plain->port > 0 ? "listening" : "NOT listening", "\n";
?>
--EXPECTF--
Study\Coroutine\Socket\Exception: cannot set up TLS: a TLS server needs a certificate
Study\Coroutine\Socket\Exception: cannot set up TLS: cannot load the certificate from '%s/missing.crt': %s
Study\Coroutine\Socket\Exception: cannot set up TLS: cannot load the private key from '%s/leaf-encrypted.key': %s
Study\Coroutine\Socket\Exception: cannot set up TLS: cannot load the private key from '%s/leaf-encrypted.key': %s
TypeError: Study\Coroutine\Server::__construct(): Argument #4 ($ssl) option "handshake_timeout" must be of type float, string given
Study\Coroutine\Socket\Exception: cannot set up TLS: cannot load the trusted certificates from '%s/missing-ca.pem': %s
plain: listening
