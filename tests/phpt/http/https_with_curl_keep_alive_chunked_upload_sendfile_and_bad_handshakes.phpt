--TEST--
Study\Http\Server with the "ssl" option serves HTTPS to curl: two URLs in one curl run share one TLS connection (the
server sees the same remote port), write() streams a chunked response, an upload arrives whole, sendfile() sends a file
over TLS; clients that send garbage, hang up mid-handshake or never finish it are closed without reaching a handler,
and the server goes on
--EXTENSIONS--
study
openssl
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
require __DIR__ . '/../socket/tls_certificates.inc';
use Study\Http\{Server, Request, Response};
use Study\Coroutine\Socket;

$pki = tls_pki();
// The handshake timeout of this server is a minute: no handshake runs into it, however slowly a loaded machine
// (valgrind) runs the server.
$server = new Server('127.0.0.1', 0, ['ssl' => ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'],
    'handshake_timeout' => 60]]);
$ports = [];
$handled = 0;
$hello = function (Request $req, Response $res) use (&$ports, &$handled) {
    $handled++;
    $ports[] = $req->server['remote_port'];
    $res->end("hello {$req->path}\n");
};
$server->handle('/', $hello);
$server->handle('/stream', function (Request $req, Response $res) {
    foreach (['one ', 'two ', 'three'] as $part) {
        $res->write($part);
        Study\Coroutine::sleep(0.001);
    }
    $res->end("\n");
});
$server->handle('/upload', function (Request $req, Response $res) {
    $body = $req->rawContent();
    $res->end(sprintf("%d bytes, md5 %s\n", strlen($body), md5($body)));
});
$file = tempnam(sys_get_temp_dir(), 'study-https');
file_put_contents($file, str_repeat("0123456789abcdef", 20000));
$server->handle('/file', function (Request $req, Response $res) use ($file) {
    $res->sendfile($file, 16, 200000);
});
Sgo(fn() => $server->start());
// The client that never finishes its handshake goes to a second server, whose handshake timeout is 1 s.
$silentServer = new Server('127.0.0.1', 0, ['ssl' => ['local_cert' => $pki['cert'], 'local_pk' => $pki['key'],
    'handshake_timeout' => 1]]);
$silentServer->handle('/', $hello);
Sgo(fn() => $silentServer->start());

/* Bad clients first, all at once: none may reach a handler or stop the server. */
$results = [];
$silentFor = null;
$bad = function (Server $server, string $send, bool $close) use (&$results, &$silentFor) {
    return Sgo(function () use ($server, $send, $close, &$results, &$silentFor) {
        $index = count($results);
        $results[$index] = '';
        $client = new Socket();
        $start = hrtime(true);
        $client->connect('127.0.0.1', $server->port, 60);
        if ($send !== '') {
            $client->sendAll($send);
        }
        if ($close) {
            $client->close();
            $results[$index] = 'closed';
            return;
        }
        // The server closes with or without an alert first, and the close may come as a reset (recv() false with
        // ECONNRESET: with PHP 8.4's and 8.5's OpenSSL it does for the plain-text client); only a timeout (ETIMEDOUT,
        // 110) means it did not close.
        $reply = $client->recv(100, 60);
        $results[$index] = $reply === '' ? 'closed by the server'
            : ($reply === false ? ($client->errCode === 110 ? 'NOT CLOSED in a minute' : 'closed by the server (reset)')
                : 'closed by the server after an alert');
        if ($send === '') {
            $silentFor = (hrtime(true) - $start) / 1e9;
        }
    });
};
$bads = [$bad($server, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", false), $bad($server, "\x16\x03\x01\x02\x00\x01", true),
    $bad($silentServer, '', false)];
Sco::join($bads);
ksort($results);
echo implode("\n", array_map(fn($r) => substr($r, 0, 20), $results)), "\n";
// The server starts its timer after the connect, so only the lower bound holds on a loaded machine.
echo "the silent client closed not before the handshake timeout: ", $silentFor >= 0.99 ? 'yes' : "NO ($silentFor s)",
    "\n";

$base = "https://127.0.0.1:{$server->port}";
[$status, $out, $err] = run_child(['curl', '-sSk', "$base/a", "$base/b"]);
echo $status, ' ', $out, $err;
var_dump(count($ports) === 2 && $ports[0] === $ports[1]);

[$status, $out, $err] = run_child(['curl', '-sSk', '-D', '-', "$base/stream"]);
echo stripos($out, "\r\ntransfer-encoding: chunked\r\n") !== false ? "chunked\n" : "not chunked: $out $err\n";
echo substr($out, strpos($out, "\r\n\r\n") + 4);

[$status, $out, $err] = run_child(['curl', '-sSk', '--data-binary', "@$file", "$base/upload"]);
echo str_replace(md5_file($file), 'the same', $out), $err;
[$status, $out, $err] = run_child(['curl', '-sSk', "$base/file"]);
echo strlen($out), ' ', $out === substr(file_get_contents($file), 16, 200000) ? 'same' : 'different', "\n";

/* curl without -k refuses the self-signed server; the server goes on. */
[$status, $out, $err] = run_child(['curl', '-sS', "$base/c"]);
echo $status !== 0 ? "refused\n" : "accepted\n";
[$status, $out, $err] = run_child(['curl', '-sSk', "$base/d"]);
echo $out, $err;
echo "handled: $handled\n";
unlink($file);
$server->shutdown();
$silentServer->shutdown();
?>
--EXPECTF--
closed by the server
closed
closed by the server
the silent client closed not before the handshake timeout: yes
0 hello /a
hello /b
bool(true)
chunked
one two three
320000 bytes, md5 the same
200000 same
refused
hello /d
handled: 3
