--TEST--
Study\Coroutine\Socket::enableCrypto() with the same options in one request shares one TLS context: a second connection to the same server resumes the first one's session (getCryptoInfo()['session_reused']), a connection with other options or to another name does not
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';
use Study\Coroutine\Socket;

$pki = tls_pki();
[$listener, $port] = tls_listener();
$serverOptions = ['local_cert' => $pki['cert'], 'local_pk' => $pki['key']];
$clients = [
    ['cafile' => $pki['ca'], 'peer_name' => 'localhost'],
    ['cafile' => $pki['ca'], 'peer_name' => 'localhost'],
    ['cafile' => $pki['ca'], 'peer_name' => 'localhost', 'alpn_protocols' => 'http/1.1'],
    ['cafile' => $pki['ca'], 'peer_name' => '127.0.0.1'],
    ['cafile' => $pki['ca'], 'peer_name' => 'localhost'],
];
Sco::join([
    Sgo(function () use ($listener, $serverOptions, $clients) {
        foreach ($clients as $ignored) {
            $conn = $listener->accept(10);
            $conn->enableCrypto($serverOptions, 10);
            $conn->sendAll('x'); // after the session tickets
            $conn->recv(1, 10);  // until the client closes
            $conn->close();
        }
    }),
    Sgo(function () use ($port, $clients) {
        foreach ($clients as $i => $options) {
            $client = new Socket();
            $client->connect('127.0.0.1', $port, 10);
            $ok = $client->enableCrypto($options, 10);
            $client->recv(1, 10); // reads the tickets the server sent after its handshake
            echo "$i: ", var_export($ok, true), ", reused: ", var_export($client->getCryptoInfo()['session_reused'], true), "\n";
            $client->close();
        }
    }),
]);
?>
--EXPECT--
0: true, reused: false
1: true, reused: true
2: true, reused: false
3: true, reused: false
4: true, reused: true
