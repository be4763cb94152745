--TEST--
Study\Http\Server with Guzzle as the client (Debian's, default handler: curl, hooked by HOOK_CURL, in coroutines of the
same process): GET with a query, a form POST, a multipart upload (fields and files, the files whole), requests of one
Client reusing one keep-alive connection, a chunked response read whole and as a stream, and 10 requests at once from
10 coroutines, all in the server before the first is answered
--EXTENSIONS--
study
curl
--SKIPIF--
<?php
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle is not installed');
?>
--INI--
; Guzzle 7.4.5 (Debian 12) makes a dynamic property, deprecated since PHP 8.2
error_reporting=E_ALL & ~E_DEPRECATED
; Guzzle uses preg_*(); PCRE's JIT reads past the end of a subject in 16-byte steps, which valgrind reports
pcre.jit=0
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
use Study\Http\{Server, Request, Response};
use Study\Coroutine as Sco;

// HOOK_CURL for Guzzle's curl handlers; HOOK_TCP for its StreamHandler (the http:// wrapper), which it takes for 'stream'.
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_CURL | Study\Runtime::HOOK_TCP);
$server = new Server('127.0.0.1', 0);
$ports = [];
$server->handle('/', function (Request $req, Response $res) use (&$ports) {
    $ports[] = $req->server['remote_port'];
    $res->header('Content-Type', 'application/json');
    $res->end(json_encode(['method' => $req->method, 'path' => $req->path, 'get' => $req->get, 'post' => $req->post,
        'files' => array_map(fn($f) => [$f['name'], $f['type'], $f['size'], md5_file($f['tmp_name'])], $req->files),
        'agent' => str_starts_with($req->header['user-agent'] ?? '', 'GuzzleHttp/')]));
});
$server->handle('/chunked', function (Request $req, Response $res) {
    $res->header('Content-Type', 'application/octet-stream');
    for ($i = 0; $i < 5; $i++) {
        $res->write(str_repeat(chr(ord('a') + $i), 10000));
    }
    $res->end();
});
$waiting = new Sco\Channel(10);
$arrived = 0;
$server->handle('/together', function (Request $req, Response $res) use ($waiting, &$arrived) {
    // Answered only once all ten are in: a client that sent them one after the other would never get an answer.
    if (++$arrived === 10) {
        for ($i = 0; $i < 9; $i++) {
            $waiting->push(true);
        }
    } else {
        $waiting->pop();
    }
    $res->end("{$req->get['i']} after $arrived");
});
Sgo(fn() => $server->start());

$client = new GuzzleHttp\Client(['base_uri' => "http://127.0.0.1:{$server->port}", 'http_errors' => false]);
$show = fn($response) => $response->getStatusCode() . ' ' . $response->getBody() . "\n";

echo "GET: ", $show($client->get('/items', ['query' => ['a' => '1', 'b' => ['x', 'y']]]));
echo "form: ", $show($client->post('/form', ['form_params' => ['name' => 'Ann Lee', 'tags' => ['p&q', 'r=s']]]));
$file = random_bytes(300000);
$response = $client->post('/upload', ['multipart' => [
    ['name' => 'title', 'contents' => 'a file'],
    ['name' => 'doc', 'contents' => $file, 'filename' => 'doc.bin', 'headers' => ['Content-Type' => 'x/bin']],
    ['name' => 'notes', 'contents' => "line\r\n--line", 'filename' => 'notes.txt'],
]]);
echo "multipart: ", str_replace([md5($file), md5("line\r\n--line")], ['MD5(doc)', 'MD5(notes)'], $show($response));
echo "one connection for the ", count($ports), " requests: ", count(array_unique($ports)) === 1 ? 'yes' : 'no', "\n";

$response = $client->get('/chunked');
$body = (string)$response->getBody();
echo "chunked: ", $response->getHeaderLine('Transfer-Encoding'), ", ", strlen($body), " bytes, ",
    $body === implode('', array_map(fn($c) => str_repeat($c, 10000), range('a', 'e'))) ? 'in order' : 'garbled', "\n";
$stream = $client->get('/chunked', ['stream' => true])->getBody();
$read = '';
while (!$stream->eof()) {
    $read .= $stream->read(4096);
}
echo "chunked as a stream: ", strlen($read), " bytes, ", $read === $body ? 'the same' : 'different', "\n";

$answers = [];
$cids = [];
for ($i = 0; $i < 10; $i++) {
    $cids[] = Sgo(function () use ($i, $client, &$answers) {
        $answers[$i] = (string)$client->get('/together', ['query' => ['i' => $i]])->getBody();
    });
}
Sco::join($cids);
ksort($answers);
echo "at once: ", implode(', ', $answers), "\n";
$server->shutdown();
?>
--EXPECTF--
GET: 200 {"method":"GET","path":"\/items","get":{"a":"1","b":["x","y"]},"post":[],"files":[],"agent":true}
form: 200 {"method":"POST","path":"\/form","get":[],"post":{"name":"Ann Lee","tags":["p&q","r=s"]},"files":[],"agent":true}
multipart: 200 {"method":"POST","path":"\/upload","get":[],"post":{"title":"a file"},"files":{"doc":["doc.bin","x\/bin",300000,"MD5(doc)"],"notes":["notes.txt","text\/plain",12,"MD5(notes)"]},"agent":true}
one connection for the 3 requests: yes
chunked: chunked, 50000 bytes, in order
chunked as a stream: 50000 bytes, the same
at once: 0 after 10, 1 after 10, 2 after 10, 3 after 10, 4 after 10, 5 after 10, 6 after 10, 7 after 10, 8 after 10, 9 after 10
