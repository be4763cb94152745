--TEST--
Study\Coroutine\Server with TLS: each connection's handshake runs in its own coroutine, so a client that never starts its handshake does not stall accept() (a good client connecting after it is served while it still waits); connections whose handshake fails (garbage, a close mid-handshake, silence past handshake_timeout) are closed and never handed to the handler
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$pki = tls_pki();
$events = [];
$handler = function (Socket $conn) use (&$events) {
    $events[] = 'handler: ' . $conn->recv(100, 10);
    $conn->sendAll('ok');
    $conn->close();
};
// The handshake timeout of this server is a minute: no client's handshake runs into it, however slowly a loaded
// machine runs them. The silent client waits until the good one was served, then leaves.
$server = new Server('127.0.0.1', 0, false, ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'], 'handshake_timeout' => 60]);
$server->set_handler($handler);
Sgo(fn() => $server->start());
$goodServed = new Study\Coroutine\Channel(1);
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
$silent = Sgo(function () use ($server, $goodServed, &$events) {
    $client = new Socket();
    $client->connect('127.0.0.1', $server->port, 10);
    $goodServed->pop();
    $events[] = 'silent: still connected when the good client was served';
    $client->close();
});
$garbage = $raw('garbage', "GET / HTTP/1.0\r\n\r\n", false);
$half = $raw('half', "\x16\x03\x01\x02\x00\x01", true);
$good = Sgo(function () use ($server, $pki, $goodServed, &$events) {
    $client = new Socket();
    $client->connect('127.0.0.1', $server->port, 10);
    $ok = $client->enableCrypto(['cafile' => $pki['ca'], 'peer_name' => 'localhost'], 10);
    $client->sendAll('good');
    $events[] = 'good: ' . var_export($ok, true) . ' ' . $client->recv(100, 10);
    $client->close();
    $goodServed->push(true);
});
Sco::join([$silent, $garbage, $half, $good]);
$server->shutdown();

// A silent client alone on a server with a handshake timeout of 0.5 s: closed, after at least that long (the server
// starts its timer after the connect, so only the lower bound holds on a loaded machine).
$server = new Server('127.0.0.1', 0, false, ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'], 'handshake_timeout' => 0.5]);
$server->set_handler($handler);
Sgo(fn() => $server->start());
$silent = Sgo(function () use ($server, &$events) {
    $client = new Socket();
    $start = hrtime(true);
    $client->connect('127.0.0.1', $server->port, 10);
    $reply = $client->recv(100, 60);
    $elapsed = (hrtime(true) - $start) / 1e9;
    $events[] = "silent past the timeout: the server closed (" . ($reply === '' ? 'nothing' : var_export($reply, true)) . " before), "
        . ($elapsed >= 0.49 ? 'after the timeout' : "EARLY ($elapsed s)");
});
Sco::join([$silent]);
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
    [3] => silent past the timeout: the server closed (nothing before), after the timeout
    [4] => silent: still connected when the good client was served
)
