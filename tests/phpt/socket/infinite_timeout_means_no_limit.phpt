--TEST--
Regression: recvAll()/sendAll() with an infinite (or huge) timeout wait without limit; the deadline computed in
nanoseconds overflowed and the call timed out at once
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
Sgo(function () use ($listener) {
    $conn = $listener->accept(5);
    Sco::sleep(0.05);
    $conn->sendAll('hello');
    $conn->close();
});
$client = new Socket();
$client->connect('127.0.0.1', $port, 5);
var_dump($client->recvAll(5, INF), $client->errCode);
var_dump($client->sendAll('x', 1e300), $client->errCode);
$listener->close();
?>
--EXPECT--
string(5) "hello"
int(0)
int(1)
int(0)
