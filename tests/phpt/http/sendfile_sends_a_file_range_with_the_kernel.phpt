--TEST--
Study\Http\Response::sendfile(): a 1 MiB file whole (curl checks it byte for byte), a range of it, HEAD (length, no
body); a missing file or a directory is a warning and false (the handler's response is then ended empty), a range
outside the file a ValueError
--EXTENSIONS--
study
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$file = tempnam(sys_get_temp_dir(), 'study-sendfile');
$data = random_bytes(1 << 20);
file_put_contents($file, $data);
$server = new Server('127.0.0.1', 0);
$server->handle('/', function (Request $req, Response $res) use ($file) {
    switch ($req->path) {
        case '/whole':
            $res->header('Content-Type', 'application/octet-stream');
            var_dump($res->sendfile($file));
            var_dump($res->isWritable());
            break;
        case '/range':
            var_dump($res->sendfile($file, 1000, 10));
            break;
        case '/missing':
            var_dump($res->sendfile($file . '.none'));
            var_dump($res->sendfile(sys_get_temp_dir()));
            break;
        case '/outside':
            try {
                $res->sendfile($file, 1 << 20, 1);
            } catch (ValueError $e) {
                echo get_class($e), ": ", $e->getMessage(), "\n";
            }
            $res->end('fallback');
            break;
    }
});
Sgo(fn() => $server->start());
$base = "http://127.0.0.1:{$server->port}";

$out = tempnam(sys_get_temp_dir(), 'study-sendfile-out');
[$status] = run_child(['curl', '-sS', '-o', $out, "$base/whole"]);
var_dump($status, file_get_contents($out) === $data);
unlink($out);
$raw = http_raw($server->port, "GET /range HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
var_dump(substr($raw, strpos($raw, "\r\n\r\n") + 4) === substr($data, 1000, 10));
echo http_summary(http_raw($server->port, "HEAD /whole HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "|\n";
echo http_summary(http_raw($server->port, "GET /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "|\n";
echo http_summary(http_raw($server->port, "GET /outside HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")), "|\n";
unlink($file);
$server->shutdown();
?>
--EXPECTF--
bool(true)
bool(false)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
HTTP/1.1 200 OK
Content-Type: application/octet-stream
Content-Length: 1048576
Connection: close

|

Warning: Study\Http\Response::sendfile(): Cannot send "%s.none": No such file or directory in %s on line %d
bool(false)

Warning: Study\Http\Response::sendfile(): Cannot send "%s": not a regular file in %s on line %d
bool(false)
HTTP/1.1 200 OK
Content-Length: 0
Connection: close

|
ValueError: Study\Http\Response::sendfile(): the range 1048576+1 is outside the file (1048576 bytes)
HTTP/1.1 200 OK
Content-Length: 8
Connection: close

fallback|
