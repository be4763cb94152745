--TEST--
Study\Http\Server with curl as the client: two URLs in one curl run share one keep-alive connection (the server sees
the same remote port); write() streams a chunked response; HEAD gets the headers only; a chunked upload and an upload
with Expect: 100-continue arrive whole
--EXTENSIONS--
study
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$ports = [];
$server->handle('/hello', function (Request $req, Response $res) use (&$ports) {
    $ports[] = $req->server['remote_port'];
    $res->header('Content-Type', 'text/plain');
    $res->end("hello {$req->method}\n");
});
$server->handle('/stream', function (Request $req, Response $res) {
    foreach (['one ', 'two ', 'three'] as $part) {
        $res->write($part);
        Study\Coroutine::sleep(0.001);
    }
    $res->end("\n");
});
$server->handle('/upload', function (Request $req, Response $res) {
    $body = $req->rawContent();
    $res->end(sprintf("%s %d bytes, md5 %s, te=%s expect=%s\n", $req->method, strlen($body), md5($body),
        $req->header['transfer-encoding'] ?? '-', $req->header['expect'] ?? '-'));
});
Sgo(fn() => $server->start());

$base = "http://127.0.0.1:{$server->port}";
[$status, $out] = run_child(['curl', '-sS', "$base/hello", "$base/hello"]);
echo $status, ' ', $out;
var_dump(count($ports) === 2 && $ports[0] === $ports[1]);

[$status, $out, $err] = run_child(['curl', '-sS', '-D', '-', "$base/stream"]);
echo stripos($out, "\r\ntransfer-encoding: chunked\r\n") !== false ? "chunked\n" : "not chunked: $out\n";
echo substr($out, strpos($out, "\r\n\r\n") + 4);

[$status, $out] = run_child(['curl', '-sS', '-I', "$base/hello"]);
echo http_summary($out);

$file = tempnam(sys_get_temp_dir(), 'study-http');
file_put_contents($file, str_repeat("0123456789abcdef", 20000));
echo "sent md5 ", md5_file($file), "\n";
[$status, $out] = run_child(['curl', '-sS', '-H', 'Transfer-Encoding: chunked', '--data-binary', "@$file", "$base/upload"]);
echo $out;
[$status, $out] = run_child(['curl', '-sS', '-H', 'Expect: 100-continue', '-X', 'PUT', '--data-binary', "@$file", "$base/upload"]);
echo $out;
unlink($file);
$server->shutdown();
?>
--EXPECT--
0 hello GET
hello GET
bool(true)
chunked
one two three
HTTP/1.1 200 OK
Content-Type: text/plain
Vary: Accept-Encoding
Content-Length: 11

sent md5 b5a90c82c5a24e7877223ab18fb6ceb2
POST 320000 bytes, md5 b5a90c82c5a24e7877223ab18fb6ceb2, te=chunked expect=-
PUT 320000 bytes, md5 b5a90c82c5a24e7877223ab18fb6ceb2, te=- expect=100-continue
