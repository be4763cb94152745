--TEST--
HOOK_CURL: a kept-alive connection the server closes after each answer, without saying so, is found dead by libcurl
and closed without a word to the hook; its descriptor number comes back as the next connection's socket, which must be
watched afresh: two coroutines at once each make 10 transfers on a handle of their own, and all succeed with one new
connection each
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
use Study\Coroutine as Sco;

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_CURL);
$server = new Study\Coroutine\Socket();
$server->bind('127.0.0.1');
$server->listen();
$port = $server->getsockname()['port'];
// Answers one request per connection as HTTP/1.1 (keep-alive by default), then closes the connection.
$serverCid = Sgo(function () use ($server) {
    while ($connection = $server->accept()) {
        Sgo(function () use ($connection) {
            $request = '';
            while (!str_contains($request, "\r\n\r\n")) {
                $data = $connection->recv();
                if ($data === false || $data === '') {
                    $connection->close();
                    return;
                }
                $request .= $data;
            }
            $connection->sendAll("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Type: text/plain\r\n\r\nok\n");
            $connection->close();
        });
    }
});
$client = function () use ($port) {
    $ch = curl_init("http://127.0.0.1:$port/");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $results = [];
    $connects = 0;
    for ($i = 0; $i < 10; $i++) {
        $body = curl_exec($ch);
        $results[] = json_encode([$body, curl_errno($ch)]);
        $connects += curl_getinfo($ch, CURLINFO_NUM_CONNECTS);
        Sco::sleep(0.01); // the server's close reaches the client before the next transfer
    }
    return [array_count_values($results), $connects];
};
$outcomes = [];
$cids = [];
for ($c = 0; $c < 2; $c++) {
    $cids[] = Sgo(function () use ($client, &$outcomes) {
        $outcomes[] = $client();
    });
}
Sco::join($cids);
$server->close();
Sco::join([$serverCid]);
foreach ($outcomes as [$counts, $connects]) {
    foreach ($counts as $result => $count) {
        echo "$count × $result, new connections: $connects\n";
    }
}
?>
--EXPECT--
10 × ["ok\n",0], new connections: 10
10 × ["ok\n",0], new connections: 10
