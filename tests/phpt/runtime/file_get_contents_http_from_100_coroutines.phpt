--TEST--
With HOOK_ALL, 100 coroutines each call file_get_contents('http://127.0.0.1:PORT/item/N') at once against a Study\Coroutine\Server in the same script whose handler answers with the request path as the body: none has its answer before the main script goes on, every body is the coroutine's own path, intact, and $http_response_header holds the status line
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

const CLIENTS = 100;
Study\Runtime::enableCoroutine();
$server = new Server('127.0.0.1', 0);
$server->set_handler(function (Socket $conn) {
    $request = '';
    while (!str_contains($request, "\r\n\r\n")) {
        $chunk = $conn->recv(65536, 30);
        if ($chunk === '' || $chunk === false) {
            $conn->close();
            return;
        }
        $request .= $chunk;
    }
    $path = explode(' ', $request)[1];
    $body = "body of $path " . str_repeat('.', strlen($path) * 100);
    $conn->sendAll("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " . strlen($body) . "\r\nConnection: close\r\n\r\n$body", 30);
    $conn->close();
});
Sgo(fn() => $server->start());

$wg = new WaitGroup();
$answered = 0;
$intact = 0;
$statusLines = [];
$failures = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $wg->add();
    Sgo(function () use ($i, $server, $wg, &$answered, &$intact, &$statusLines, &$failures) {
        $path = "/item/$i";
        $body = file_get_contents("http://127.0.0.1:{$server->port}$path");
        $answered++;
        $body === "body of $path " . str_repeat('.', strlen($path) * 100) ? $intact++ : $failures[] = "$path: " . var_export($body, true);
        $statusLines[$http_response_header[0] ?? 'none'] = true;
        $wg->done();
    });
}
echo "answered before the main script went on: $answered\n";
$wg->wait();
echo "answered: $answered, intact: $intact\n";
echo $failures ? implode("\n", array_slice($failures, 0, 5)) : "no failures", "\n";
echo "status lines: ", implode(', ', array_keys($statusLines)), "\n";
$server->shutdown();
?>
--EXPECT--
answered before the main script went on: 0
answered: 100, intact: 100
no failures
status lines: HTTP/1.1 200 OK
