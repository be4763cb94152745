--TEST--
Study\Coroutine\Socket::enableCrypto() and Server: a PHP ssl option that is not implemented (SNI_server_name, capture_peer_cert_chain, security_level, SNI_server_certs...) throws a ValueError naming it, before anything is sent; peer_fingerprint is checked as PHP does (an MD5 or SHA-1 string, or [digest => fingerprint], case-insensitive): a mismatch fails the handshake with EPROTO even without chain verification; min_proto_version and max_proto_version bound the versions. Regression: those options were ignored silently, so a client that pinned a fingerprint talked to any server
--EXTENSIONS--
study
openssl
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$pki = tls_pki();
$server = ['local_cert' => $pki['cert'], 'local_pk' => $pki['key']];
$try = function (callable $call) {
    try {
        $call();
        echo "no exception\n";
    } catch (TypeError|ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
};
Sco::join([Sgo(function () use ($try, $server, $pki) {
    [$listener, $port] = tls_listener();
    $client = new Socket();
    $client->connect('127.0.0.1', $port, 10);
    foreach ([['SNI_server_name' => 'localhost'], ['capture_peer_cert_chain' => true], ['security_level' => 2],
              ['SNI_server_certs' => []], ['peer_fingerprint' => 'abc'], ['peer_fingerprint' => []],
              ['peer_fingerprint' => ['sha256' => 1]], ['peer_fingerprint' => 42],
              ['max_proto_version' => STREAM_CRYPTO_PROTO_SSLv3]] as $options) {
        $try(fn() => $client->enableCrypto($options));
    }
    echo "nothing sent: ", var_export($listener->accept(10)->recv(1, 0), true), "\n";
    $try(fn() => new Server('127.0.0.1', 0, false, $server + ['reneg_limit' => 2]));
    $try(fn() => new Server('127.0.0.1', 0, false, $server + ['peer_fingerprint' => str_repeat('0', 40)]));
})]);

$cert = file_get_contents($pki['cert']);
$client = ['verify_peer' => false];
foreach ([
    'sha1' => ['peer_fingerprint' => openssl_x509_fingerprint($cert, 'sha1')],
    'MD5 upper case' => ['peer_fingerprint' => strtoupper(openssl_x509_fingerprint($cert, 'md5'))],
    'sha256 and sha1' => ['peer_fingerprint' => ['sha256' => openssl_x509_fingerprint($cert, 'sha256'),
                                                 'sha1' => openssl_x509_fingerprint($cert, 'sha1')]],
    'wrong sha1' => ['peer_fingerprint' => str_repeat('0', 40)],
    'one of two wrong' => ['peer_fingerprint' => ['sha256' => openssl_x509_fingerprint($cert, 'sha256'),
                                                  'sha1' => str_repeat('0', 40)]],
    'unknown digest' => ['peer_fingerprint' => ['nope' => 'abc']],
    'TLS 1.3 client, TLS 1.2 server' => ['min_proto_version' => STREAM_CRYPTO_PROTO_TLSv1_3],
] as $name => $options) {
    $serverOptions = $server + ($name === 'TLS 1.3 client, TLS 1.2 server' ? ['max_proto_version' => STREAM_CRYPTO_PROTO_TLSv1_2] : []);
    $out = tls_handshake($serverOptions, $client + $options);
    [$ok, $code, $message] = $out['client'];
    echo str_pad($name, 32), var_export($ok, true), " $code ", preg_replace('/(version)[^:]*$/', '$1...', $message), "\n";
}
?>
--EXPECTF--
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "SNI_server_name" is not supported (PHP 8 does not read it either): use peer_name
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "capture_peer_cert_chain" is not supported
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "security_level" is not supported
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "SNI_server_certs" is not supported
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "peer_fingerprint" must be an MD5 (32 hex digits) or SHA-1 (40 hex digits) fingerprint, or an array of digest name => fingerprint
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "peer_fingerprint" must be a non-empty array of digest name => fingerprint strings
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "peer_fingerprint" must be a non-empty array of digest name => fingerprint strings
TypeError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "peer_fingerprint" must be of type string|array, int given
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "max_proto_version" must be a STREAM_CRYPTO_PROTO_TLSv1_* constant; SSLv3 is not supported
nothing sent: false
ValueError: Study\Coroutine\Server::__construct(): Argument #4 ($ssl) option "reneg_limit" is not supported (renegotiation is refused)
ValueError: Study\Coroutine\Server::__construct(): Argument #4 ($ssl) option "peer_fingerprint" is not supported on the server side
sha1                            true 0 
MD5 upper case                  true 0 
sha256 and sha1                 true 0 
wrong sha1                      false 71 TLS handshake failed: the peer certificate does not match the expected sha1 fingerprint
one of two wrong                false 71 TLS handshake failed: the peer certificate does not match the expected sha1 fingerprint
unknown digest                  false 22 unknown digest algorithm 'nope' for a certificate fingerprint
TLS 1.3 client, TLS 1.2 server  false 71 TLS handshake failed: %s
