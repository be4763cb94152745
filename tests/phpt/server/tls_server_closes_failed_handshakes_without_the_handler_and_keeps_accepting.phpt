--TEST--
Study\Coroutine\Server with TLS: each connection's handshake runs in its own coroutine, so a client that never starts its handshake does not stall accept() (a good client connecting after it is served first); connections whose handshake fails (garbage, a close mid-handshake, silence past handshake_timeout) are closed and never handed to the handler
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$pki = tls_pki();
$server = new Server('127.0.0.1', 0, false, ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'], 'handshake_timeout' => 0.5]);
$events = [];
$server->set_handler(function (Socket $conn) use (&$events) {
    $events[] = 'handler: ' . $conn->recv(100, 10);
    $conn->sendAll('ok');
    $conn->close();
});
Sgo(fn() => $server->start());
$raw = function (string $name, string $send, bool $close) use ($server, &$events) {
    return Sgo(function () use ($server, $name, $send, $close, &$events) {
        $client = new Socket();
        $client->connect('127.0.0.1', $server->port, 10);
        if ($send !== '') {
            $client->sendAll($send);
        }
        if ($close) {
            $client->close();
            return;
        }
        $reply = $client->recv(100, 10);
        $events[] = "$name: the server closed (" . ($reply === '' || $reply === false ? 'nothing' : 'an alert') . " before)";
    });
};
$silent = $raw('silent', '', false);
$garbage = $raw('garbage', "GET / HTTP/1.0\r\n\r\n", false);
$half = $raw('half', "\x16\x03\x01\x02\x00\x01", true);
$good = Sgo(function () use ($server, $pki, &$events) {
    $client = new Socket();
    $client->connect('127.0.0.1', $server->port, 10);
    $ok = $client->enableCrypto(['cafile' => $pki['ca'], 'peer_name' => 'localhost'], 10);
    $client->sendAll('good');
    $events[] = 'good: ' . var_export($ok, true) . ' ' . $client->recv(100, 10);
    $client->close();
});
Sco::join([$silent, $garbage, $half, $good]);
$server->shutdown();
sort($events);
print_r($events);
?>
--EXPECTF--
Array
(
    [0] => garbage: the server closed (%s before)
    [1] => good: true ok
    [2] => handler: good
    [3] => silent: the server closed (nothing before)
)
