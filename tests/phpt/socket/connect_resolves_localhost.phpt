--TEST--
Study\Coroutine\Socket::connect() with a host name: "localhost" is resolved (without blocking the other coroutines) and the socket connects to 127.0.0.1, in a coroutine and in the main script; several coroutines connecting by name at once all succeed
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
$accepted = 0;
$acceptor = Sgo(function () use ($listener, &$accepted) {
    while (($conn = $listener->accept()) !== false) {
        $accepted++;
        $conn->send('hi');
        $conn->close();
    }
    echo "acceptor: accept returned false after close, errCode {$listener->errCode}\n";
});

$wg = new WaitGroup();
$results = [];
for ($i = 0; $i < 5; $i++) {
    $wg->add();
    Sgo(function () use ($port, $wg, $i, &$results) {
        $client = new Socket();
        $ok = $client->connect('localhost', $port, 10);
        $results[$i] = $ok ? $client->getpeername()['address'] . ' ' . $client->recv(10, 10) : "failed {$client->errCode} {$client->errMsg}";
        $client->close();
        $wg->done();
    });
}
$wg->wait();
ksort($results);
print_r($results);

$client = new Socket();
var_dump($client->connect('localhost', $port));
var_dump($client->getpeername()['address'], $client->recv(10, 10));
$client->close();
while ($accepted < 6) {
    Sco::sleep(0.01);
}
echo "accepted $accepted\n";
$listener->close();
Sco::join([$acceptor]);
?>
--EXPECT--
Array
(
    [0] => 127.0.0.1 hi
    [1] => 127.0.0.1 hi
    [2] => 127.0.0.1 hi
    [3] => 127.0.0.1 hi
    [4] => 127.0.0.1 hi
)
bool(true)
string(9) "127.0.0.1"
string(2) "hi"
accepted 6
acceptor: accept returned false after close, errCode 9
