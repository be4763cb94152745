--TEST--
Study\Coroutine\Socket::enableCrypto(): an accepted socket is the TLS server, a connected one the client (verifying the server against cafile and the host given to connect()); recv(), send(), recvAll(), sendAll() then go through TLS, getCryptoInfo() reports the protocol and the ALPN protocol agreed on, capture_peer_cert keeps the server's certificate for getPeerCertificate(), and close() ends the TLS stream ('' for the peer)
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';
use Study\Coroutine\Socket;

$pki = tls_pki();
[$listener, $port] = tls_listener();
Sco::join([
    Sgo(function () use ($listener, $pki) {
        $conn = $listener->accept(10);
        var_dump($conn->getCryptoInfo());
        $ok = $conn->enableCrypto(['local_cert' => $pki['cert'], 'local_pk' => $pki['key'], 'alpn_protocols' => 'http/1.1,h2'], 10);
        $GLOBALS['serverSide'] = "server: enableCrypto " . var_export($ok, true) . " errCode {$conn->errCode} errMsg '{$conn->errMsg}'\n";
        while (($data = $conn->recv(65536, 10)) !== '' && $data !== false) {
            $conn->sendAll(strtoupper($data), 10);
        }
        echo "server: recv returned ", var_export($data, true), "\n";
        $conn->close();
    }),
    Sgo(function () use ($port, $pki) {
        $client = new Socket();
        $client->connect('localhost', $port, 10);
        var_dump($client->enableCrypto(['cafile' => $pki['ca'], 'alpn_protocols' => 'h2,http/1.1', 'capture_peer_cert' => true]));
        $info = $client->getCryptoInfo();
        echo "client: {$info['protocol']}, alpn ", var_export($info['alpn_protocol'], true), ", cipher ", $info['cipher_name'] !== '' ? 'named' : 'NONE', "\n";
        $cert = openssl_x509_parse($client->getPeerCertificate());
        echo "client: peer certificate CN {$cert['subject']['CN']}\n";
        var_dump($client->send('hello'), $client->recv(100, 10));
        $big = str_repeat('abcdefgh', 256 * 1024); // 2 MiB
        var_dump($client->sendAll($big, 10));
        var_dump($client->recvAll(strlen($big), 10) === strtoupper($big));
        var_dump($client->enableCrypto());
        echo "client: again: errCode {$client->errCode} errMsg '{$client->errMsg}'\n";
        var_dump($client->close());
        var_dump($client->getPeerCertificate() !== false);
    }),
]);
echo $serverSide, "done\n";
?>
--EXPECT--
bool(false)
bool(true)
client: TLSv1.3, alpn 'http/1.1', cipher named
client: peer certificate CN localhost
int(5)
string(5) "HELLO"
int(2097152)
bool(true)
bool(false)
client: again: errCode 114 errMsg 'TLS is on already'
bool(true)
bool(true)
server: recv returned ''
server: enableCrypto true errCode 0 errMsg ''
done
