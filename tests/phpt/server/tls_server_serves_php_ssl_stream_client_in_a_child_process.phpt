--TEST--
Study\Coroutine\Server with $ssl options (certificate, key encrypted with a passphrase, ALPN): a client using PHP's own ssl:// stream in a child process (php -n, study not loaded) verifies the server against the CA and exchanges data, and a study TLS client in a coroutine of the same script is served at the same time; the handler gets an established TLS Socket
--EXTENSIONS--
study
openssl
--FILE--
<?php
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$pki = tls_pki();
$server = new Server('127.0.0.1', 0, false, [
    'local_cert' => $pki['cert'], 'local_pk' => $pki['encrypted_key'], 'passphrase' => 'secret',
    'alpn_protocols' => 'http/1.1',
]);
$server->set_handler(function (Socket $conn) {
    $info = $conn->getCryptoInfo();
    $request = $conn->recv(100, 10);
    $conn->sendAll("$info[protocol] alpn=" . var_export($info['alpn_protocol'], true) . " got $request", 10);
    $conn->recv(1, 10); // until the client closes
    $conn->close();
});
Sgo(fn() => $server->start());

$child = <<<'PHP'
$context = stream_context_create(['ssl' => ['cafile' => $argv[2], 'peer_name' => 'localhost', 'alpn_protocols' => 'http/1.1']]);
$stream = stream_socket_client("ssl://127.0.0.1:$argv[1]", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $context);
if ($stream === false) { die("child: $errno $errstr\n"); }
fwrite($stream, 'from PHP');
echo 'child: ', fread($stream, 100), "\n";
fclose($stream);
PHP;
$php = PHP_BINARY;
$proc = proc_open([$php, '-n', '-r', $child, (string)$server->port, $pki['ca']], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
if (!extension_loaded('openssl') || $proc === false) {
    die("cannot start the child\n");
}
$readChild = Sgo(function () use ($pipes, $proc) {
    // Read without blocking the script: the server must run while the child talks to it.
    stream_set_blocking($pipes[1], false);
    $out = '';
    while (!feof($pipes[1])) {
        $out .= fread($pipes[1], 1000);
        Sco::sleep(0.01);
    }
    echo $out, stream_get_contents($pipes[2]);
    proc_close($proc);
});
$own = Sgo(function () use ($server, $pki) {
    $client = new Socket();
    $client->connect('localhost', $server->port, 10);
    var_dump($client->enableCrypto(['cafile' => $pki['ca'], 'alpn_protocols' => 'h2,http/1.1']));
    $client->sendAll('from study');
    echo "study: ", $client->recv(100, 10), "\n";
    $client->close();
});
Sco::join([$readChild, $own]);
$server->shutdown();
?>
--EXPECTF--
bool(true)
study: TLSv1.3 alpn='http/1.1' got from study
child: TLSv1.3 alpn='http/1.1' got from PHP
