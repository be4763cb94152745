--TEST--
The tutorial's short-connection HTTP server on Study\Coroutine\Server (recv() the request, send() "HTTP/1.1 200 OK ... hello", close()), with clients written with Study\Coroutine\Socket in the same script: 50 requests one after another and 50 at once all get the full response, then shutdown() ends start()
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

const RESPONSE = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello";

$serv = new Server('127.0.0.1', 0);
$requests = 0;
$serv->set_handler(function (Socket $conn) use (&$requests) {
    $data = $conn->recv();
    if (is_string($data) && str_starts_with($data, 'GET / HTTP/1.1')) {
        $requests++;
    }
    $conn->send(RESPONSE);
    $conn->close();
});

function request(int $port): string
{
    $client = new Socket();
    if (!$client->connect('127.0.0.1', $port, 10)) {
        return "connect failed: {$client->errCode}";
    }
    $client->sendAll("GET / HTTP/1.1\r\nHost: 127.0.0.1:$port\r\nConnection: close\r\n\r\n", 10);
    $response = '';
    while (($chunk = $client->recv(65536, 10)) !== '') {
        if ($chunk === false) {
            return "recv failed: {$client->errCode}";
        }
        $response .= $chunk;
    }
    $client->close();
    return $response;
}

Sgo(function () use ($serv) {
    $full = 0;
    for ($i = 0; $i < 50; $i++) {
        $full += request($serv->port) === RESPONSE ? 1 : 0;
    }
    echo "sequential: $full of 50 full responses\n";

    $wg = new WaitGroup();
    $full = 0;
    $other = [];
    for ($i = 0; $i < 50; $i++) {
        $wg->add();
        Sgo(function () use ($serv, $wg, &$full, &$other) {
            $response = request($serv->port);
            $response === RESPONSE ? $full++ : $other[] = $response;
            $wg->done();
        });
    }
    $wg->wait();
    echo "concurrent: $full of 50 full responses", $other ? ", others: " . json_encode(array_slice($other, 0, 3)) : "", "\n";
    $serv->shutdown();
});
var_dump($serv->start());
echo "requests seen by the server: $requests\n";
?>
--EXPECT--
sequential: 50 of 50 full responses
concurrent: 50 of 50 full responses
bool(true)
requests seen by the server: 100
