--TEST--
Study\Http\Server: PHP's file_get_contents() (hooked) as the client; the longest matching prefix picks the handler,
Request carries method, uri, path, get, post, header (lower-case), cookie and server, rawContent() the body; a path no
prefix matches gets 404; a handler that returns without end() gets its response ended
--EXTENSIONS--
study
--FILE--
<?php
use Study\Http\{Server, Request, Response};

Study\Runtime::enableCoroutine();
$server = new Server('127.0.0.1', 0);
$server->handle('/', function (Request $req, Response $res) {
    $res->header('Content-Type', 'text/plain');
    $res->end("root handler: {$req->method} {$req->uri}");
});
$server->handle('/api', function (Request $req, Response $res) {
    $res->status(201, 'Made');
    $res->header('X-Path', $req->path);
    $res->end(json_encode([
        'method' => $req->method,
        'uri' => $req->uri,
        'path' => $req->path,
        'get' => $req->get,
        'post' => $req->post,
        'cookie' => $req->cookie,
        'x-custom' => $req->header['x-custom'] ?? null,
        'host' => $req->header['host'] === "127.0.0.1:{$req->server['server_port']}",
        'protocol' => $req->server['server_protocol'],
        'remote_addr' => $req->server['remote_addr'],
        'remote_port' => is_int($req->server['remote_port']),
        'request_uri' => $req->server['request_uri'],
        'query_string' => $req->server['query_string'] ?? null,
        'time' => abs($req->server['request_time_float'] - microtime(true)) < 60,
        'raw' => $req->rawContent(),
    ], JSON_PRETTY_PRINT));
});
$server->handle('/api/none', function (Request $req, Response $res) {
    $res->header('X-Nothing', 'yes');
});
Sgo(fn() => $server->start());

// The last response's headers: http_get_last_response_headers() since PHP 8.4, whose 8.5 deprecates the
// $http_response_header local it replaces; before 8.4 that local, taken from get_defined_vars().
$headers = fn(array $vars) => function_exists('http_get_last_response_headers')
    ? http_get_last_response_headers() : $vars['http_response' . '_header'];

$context = stream_context_create(['http' => [
    'method' => 'POST',
    'header' => "X-Custom: hello\r\nCookie: a=1; b=two%20words\r\nContent-Type: application/x-www-form-urlencoded",
    'content' => 'x=1&y[]=2&y[]=3',
]]);
echo file_get_contents("http://127.0.0.1:{$server->port}/api/items?id=7&tags[]=a", false, $context), "\n";
var_dump($headers(get_defined_vars())[0]);
echo file_get_contents("http://127.0.0.1:{$server->port}/other?q"), "\n";
var_dump(file_get_contents("http://127.0.0.1:{$server->port}/api/none"));
$last = $headers(get_defined_vars());
var_dump(in_array('X-Nothing: yes', $last), in_array('Content-Length: 0', $last));

$server2 = new Server('127.0.0.1', 0);
$server2->handle('/only', fn($req, $res) => $res->end('only'));
Sgo(fn() => $server2->start());
var_dump(@file_get_contents("http://127.0.0.1:{$server2->port}/elsewhere"));
var_dump($headers(get_defined_vars())[0]);
$server->shutdown();
$server2->shutdown();
?>
--EXPECTF--
{
    "method": "POST",
    "uri": "\/api\/items?id=7&tags[]=a",
    "path": "\/api\/items",
    "get": {
        "id": "7",
        "tags": [
            "a"
        ]
    },
    "post": {
        "x": "1",
        "y": [
            "2",
            "3"
        ]
    },
    "cookie": {
        "a": "1",
        "b": "two words"
    },
    "x-custom": "hello",
    "host": true,
    "protocol": "HTTP\/1.1",
    "remote_addr": "127.0.0.1",
    "remote_port": true,
    "request_uri": "\/api\/items",
    "query_string": "id=7&tags[]=a",
    "time": true,
    "raw": "x=1&y[]=2&y[]=3"
}
string(17) "HTTP/1.1 201 Made"
root handler: GET /other?q
string(0) ""
bool(true)
bool(true)
bool(false)
string(22) "HTTP/1.1 404 Not Found"
