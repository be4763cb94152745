--TEST--
Study\Coroutine\Socket with TLS on: close() from another coroutine wakes a coroutine waiting in recv() (false, EBADF), a recv() timeout on a TLS socket is ETIMEDOUT with errMsg strerror's, and Study\Coroutine::cancel() ends a TLS recv with ECANCELED
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
        $server = $listener->accept(10);
        var_dump($server->enableCrypto(['local_cert' => $pki['cert'], 'local_pk' => $pki['key']], 10));
        var_dump($server->recv(100, 10)); // '' once the client closed: its close_notify
    }),
    Sgo(function () use ($port, $pki) {
        $client = new Socket();
        $client->connect('localhost', $port, 10);
        var_dump($client->enableCrypto(['cafile' => $pki['ca']], 10));
        var_dump($client->recv(100, 0.05));
        echo "timeout: {$client->errCode} {$client->errMsg}\n";
        $canceled = Sgo(function () use ($client) {
            var_dump($client->recv(100, 10));
            echo "canceled: {$client->errCode} {$client->errMsg}\n";
        });
        Sco::cancel($canceled);
        $reader = Sgo(function () use ($client) {
            echo "reader: waits\n";
            var_dump($client->recv(100, 10));
            echo "reader: {$client->errCode} {$client->errMsg}\n";
        });
        echo "closer: closes\n";
        var_dump($client->close());
        Sco::join([$reader]);
    }),
]);
?>
--EXPECT--
bool(true)
bool(true)
bool(false)
timeout: 110 Connection timed out
bool(false)
canceled: 125 Operation canceled
reader: waits
closer: closes
bool(true)
bool(false)
reader: 9 Bad file descriptor
string(0) ""
