--TEST--
Study\Coroutine\Server with TLS: the handler runs as the connection coroutine's own function once the handshake is done (its backtrace starts at the handler, as on a plain server), and an exception it does not catch is reported as uncaught and ends the script with status 255
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$pki = tls_pki();
$server = new Server('127.0.0.1', 0, false, ['local_cert' => $pki['cert'], 'local_pk' => $pki['key']]);
$server->set_handler(function (Socket $conn) {
    echo "handler: frames below it: ", count(debug_backtrace()) - 1, ", TLS: ", $conn->getCryptoInfo()['protocol'], "\n";
    throw new RuntimeException('from the handler');
});
Sgo(fn() => $server->start());
Sgo(function () use ($server, $pki) {
    $client = new Socket();
    $client->connect('127.0.0.1', $server->port, 10);
    $client->enableCrypto(['cafile' => $pki['ca'], 'peer_name' => 'localhost'], 10);
    $client->recv(10, 10);
});
?>
--EXPECTF--
handler: frames below it: 0, TLS: TLSv1.3

Fatal error: Uncaught RuntimeException: from the handler in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(Study\Coroutine\Socket))
#1 %s(12): {coroutine %d, created by coroutine %d}()
#2 {main}
  thrown in %s on line %d
