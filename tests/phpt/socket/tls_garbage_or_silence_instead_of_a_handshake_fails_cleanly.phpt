--TEST--
Study\Coroutine\Socket::enableCrypto() on the server side: an HTTP request instead of a ClientHello fails with false, errCode EPROTO (71) and OpenSSL's reason; a client that closes in the middle of its ClientHello gives ECONNRESET (104); one that sends nothing fails with ETIMEDOUT (110) at the timeout, not before; the sockets stay usable for close()
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/tls_certificates.inc';
use Study\Coroutine\Socket;

$pki = tls_pki();
$server = ['local_cert' => $pki['cert'], 'local_pk' => $pki['key']];
$clients = [
    'HTTP request' => fn(Socket $c) => $c->sendAll("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n") && $c->recv(100, 10) !== null,
    'half a ClientHello, then close' => fn(Socket $c) => $c->sendAll("\x16\x03\x01\x02\x00\x01\x00") && $c->close(),
    'silence' => fn(Socket $c) => $c->recv(100, 10),
];
foreach ($clients as $name => $behave) {
    [$listener, $port] = tls_listener();
    Sco::join([
        Sgo(function () use ($listener, $server, $name) {
            $conn = $listener->accept(10);
            $start = hrtime(true);
            $ok = $conn->enableCrypto($server, 0.3);
            $elapsed = (hrtime(true) - $start) / 1e9;
            // OpenSSL's reason for garbage depends on what it sees first; the rest is ours.
            $message = $conn->errCode === 71 ? preg_replace('/: .*/', ': ...', $conn->errMsg) : $conn->errMsg;
            echo str_pad($name, 32), var_export($ok, true), " {$conn->errCode} '$message'";
            echo $conn->errCode === 110 ? ($elapsed >= 0.3 ? ", not before the timeout" : ", EARLY: $elapsed s") : '', "\n";
            var_dump($conn->close());
        }),
        Sgo(function () use ($port, $behave) {
            $client = new Socket();
            $client->connect('127.0.0.1', $port, 10);
            $behave($client);
        }),
    ]);
    $listener->close();
}
?>
--EXPECT--
HTTP request                    false 71 'TLS handshake failed: ...'
bool(true)
half a ClientHello, then close  false 104 'TLS handshake failed: the peer closed the connection'
bool(true)
silence                         false 110 'Connection timed out', not before the timeout
bool(true)
