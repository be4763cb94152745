--TEST--
Study\Http\Server: bodies over "upload_buffer_size" go to temporary files as they arrive. rawContent() reads a raw or
urlencoded body back from its file (chunked ones too); a large multipart body is parsed as it arrives (rawContent()
then gives "", a small one is kept); an upload file is on disk while the body is still arriving; and every temporary
file is removed after the request, when the handler throws, and when the client leaves mid-upload
--EXTENSIONS--
study
--INI--
upload_tmp_dir={PWD}/bodies_over_upload_buffer_size.tmp
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

// upload_tmp_dir (the INI section): a directory of this test's own, so that what is left in it is this test's.
$dir = ini_get('upload_tmp_dir');
@mkdir($dir);
$files_in = fn() => array_values(array_diff(scandir($dir), ['.', '..']));

try {
    new Server('127.0.0.1', 0, ['upload_buffer_size' => -1]);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

$server = new Server('127.0.0.1', 0, ['upload_buffer_size' => 1024]);
$server->handle('/', function (Request $req, Response $res) {
    $raw = $req->rawContent();
    $res->end(json_encode([
        'post' => array_map(fn($v) => is_array($v) ? array_map('strlen', $v) : strlen($v), $req->post),
        'files' => array_map(fn($f) => [$f['size'], md5_file($f['tmp_name'])], $req->files),
        'raw' => [strlen($raw), md5($raw), strlen($req->rawContent())]]) . "\n");
});
$server->handle('/throw', function (Request $req, Response $res) {
    echo "while the handler runs, its upload is on disk: ", file_exists($req->files['f']['tmp_name']) ? 'yes' : 'no',
        "\n";
    throw new RuntimeException('the handler failed');
});
Sgo(fn() => $server->start());

// The response's body, and whether it is what the test expects.
$check = function (string $response, array $expected): string {
    $body = substr($response, strpos($response, "\r\n\r\n") + 4);
    return $body === json_encode($expected) . "\n" ? "as expected\n" : "unexpected: $body";
};
$head = "Host: h\r\nConnection: close\r\n";

echo "raw 100 KB: ";
$data = random_bytes(100000);
echo $check(http_raw($server->port, "POST / HTTP/1.1\r\n{$head}Content-Type: application/octet-stream\r\n" .
    "Content-Length: " . strlen($data) . "\r\n\r\n$data"),
    ['post' => [], 'files' => [], 'raw' => [100000, md5($data), 100000]]);

echo "urlencoded, chunked, 6 KB: ";
$form = 'a=' . str_repeat('x', 3000) . '&b[]=' . str_repeat('y', 3000);
$chunks = implode('', array_map(fn($c) => dechex(strlen($c)) . "\r\n$c\r\n", str_split($form, 700))) . "0\r\n\r\n";
echo $check(http_raw($server->port, "POST / HTTP/1.1\r\n{$head}Content-Type: application/x-www-form-urlencoded\r\n" .
    "Transfer-Encoding: chunked\r\n\r\n$chunks"),
    ['post' => ['a' => 3000, 'b' => [3000]], 'files' => [], 'raw' => [strlen($form), md5($form), strlen($form)]]);

$multipart = function (string $file): string {
    return "--BoUnDaRy\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n" .
        "--BoUnDaRy\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n$file\r\n--BoUnDaRy--\r\n";
};
$type = "Content-Type: multipart/form-data; boundary=BoUnDaRy\r\n";
$file = random_bytes(50000);
echo "multipart 50 KB: ";
$text = $multipart($file);
echo $check(http_raw($server->port, "POST / HTTP/1.1\r\n{$head}{$type}Content-Length: " . strlen($text) .
    "\r\n\r\n$text"), ['post' => ['title' => 5], 'files' => ['f' => [50000, md5($file)]], 'raw' => [0, md5(''), 0]]);
echo "multipart 100 B: ";
$text = $multipart('tiny');
echo $check(http_raw($server->port, "POST / HTTP/1.1\r\n{$head}{$type}Content-Length: " . strlen($text) .
    "\r\n\r\n$text"), ['post' => ['title' => 5], 'files' => ['f' => [4, md5('tiny')]],
    'raw' => [strlen($text), md5($text), strlen($text)]]);
echo "left after the requests: ", count($files_in()), "\n";

echo "handler throws: ";
$text = $multipart(random_bytes(5000));
echo strtok(http_raw($server->port, "POST /throw HTTP/1.1\r\n{$head}{$type}Content-Length: " . strlen($text) .
    "\r\n\r\n$text"), "\r\n"), "\n";
echo "left after the exception: ", count($files_in()), "\n";

// The client sends half of a 1 MB upload and leaves: the file part is on disk while the body arrives, and is removed
// once the server sees the client gone.
$client = new Study\Coroutine\Socket();
$client->connect('127.0.0.1', $server->port, 10);
$text = $multipart(str_repeat("part\r\n-", 150000));
$client->sendAll("POST / HTTP/1.1\r\n{$head}{$type}Content-Length: " . strlen($text) . "\r\n\r\n" .
    substr($text, 0, 500000), 30);
$grown = false;
for ($deadline = microtime(true) + 120; !$grown && microtime(true) < $deadline; Study\Coroutine::sleep(0.01)) {
    clearstatcache();
    foreach ($files_in() as $name) {
        $grown = $grown || @filesize("$dir/$name") > 100000;
    }
}
echo "mid-upload, the file part is on disk and growing: ", $grown ? 'yes' : 'no', "\n";
$client->close();
for ($deadline = microtime(true) + 120; count($files_in()) > 0 && microtime(true) < $deadline;) {
    Study\Coroutine::sleep(0.01);
}
echo "left after the client left: ", count($files_in()), "\n";
$server->shutdown();
rmdir($dir);
?>
--CLEAN--
<?php
$dir = __DIR__ . '/bodies_over_upload_buffer_size.tmp';
array_map('unlink', glob("$dir/*"));
@rmdir($dir);
?>
--EXPECTF--
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) option "upload_buffer_size" must be an integer from 0 to %d
raw 100 KB: as expected
urlencoded, chunked, 6 KB: as expected
multipart 50 KB: as expected
multipart 100 B: as expected
left after the requests: 0
handler throws: while the handler runs, its upload is on disk: yes

Warning: Uncaught RuntimeException: the handler failed in %s:%d
Stack trace:
#0 [internal function]: {closure%S}(Object(Study\Http\Request), Object(Study\Http\Response))
#1 %s(29): {coroutine %d, created by coroutine %d}()
#2 {main}
  thrown in %s on line %d
HTTP/1.1 500 Internal Server Error
left after the exception: 0
mid-upload, the file part is on disk and growing: yes
left after the client left: 0
