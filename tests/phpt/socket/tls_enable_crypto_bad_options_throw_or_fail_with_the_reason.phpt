--TEST--
Study\Coroutine\Socket::enableCrypto() options: a value of the wrong type throws TypeError and one refused ValueError, both naming the option, before anything is sent; unknown option names are ignored; a CA file or certificate that cannot be loaded gives false with EINVAL and OpenSSL's reason; a plain socket has no crypto info
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';
use Study\Coroutine\Socket;

$pki = tls_pki();
$bad = [
    ['verify_peer' => 'yes'],
    ['cafile' => 42],
    ['cafile' => "ca\0.pem"],
    ['crypto_method' => '33'],
    ['crypto_method' => STREAM_CRYPTO_METHOD_SSLv3_CLIENT],
    ['alpn_protocols' => 'h2,,http/1.1'],
    ['alpn_protocols' => str_repeat('x', 256)],
    ['verify_depth' => -1],
    ['peer_name' => ['localhost']],
];
Sco::join([Sgo(function () use ($bad, $pki) {
    [$listener, $port] = tls_listener();
    $client = new Socket();
    $client->connect('127.0.0.1', $port, 10);
    foreach ($bad as $options) {
        try {
            $client->enableCrypto($options);
            echo "no exception\n";
        } catch (TypeError|ValueError $e) {
            echo get_class($e), ': ', $e->getMessage(), "\n";
        }
    }
    var_dump($client->getCryptoInfo());
    var_dump($client->enableCrypto(['cafile' => $pki['dir'] . '/missing.pem', 'no_such_option' => new stdClass()]));
    echo "errCode {$client->errCode} errMsg '{$client->errMsg}'\n";
    var_dump($client->enableCrypto(['local_cert' => $pki['cert'], 'local_pk' => $pki['other_key']]));
    echo "errCode {$client->errCode} errMsg '{$client->errMsg}'\n";
    $listener->close();
    $client->close();
    var_dump($client->enableCrypto());
    echo "errCode {$client->errCode}\n";
})]);
?>
--EXPECTF--
TypeError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "verify_peer" must be of type bool, string given
TypeError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "cafile" must be of type string, int given
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "cafile" must not contain any null bytes
TypeError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "crypto_method" must be of type int, string given
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "crypto_method" must include a TLS version (a STREAM_CRYPTO_METHOD_TLS* constant); SSLv2 and SSLv3 are not supported
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "alpn_protocols" must be a comma-separated list of protocol names of 1 to 255 bytes each
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "alpn_protocols" must be a comma-separated list of protocol names of 1 to 255 bytes each
ValueError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "verify_depth" must be between 0 and 2147483647
TypeError: Study\Coroutine\Socket::enableCrypto(): Argument #1 ($options) option "peer_name" must be of type string, array given
bool(false)
bool(false)
errCode 22 errMsg 'cannot load the trusted certificates from '%s/missing.pem': %s'
bool(false)
errCode 22 errMsg 'the private key does not match the certificate: %s'
bool(false)
errCode 9
