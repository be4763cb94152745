--TEST--
Study\Coroutine\Socket::accept() with a timeout and nobody connecting: false with errCode ETIMEDOUT (110), in a coroutine and in the main script; the listening socket stays usable and a later accept() returns the connection with errCode 0
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];

$waiter = Sgo(function () use ($listener) {
    var_dump($listener->accept(0.1));
    echo "coroutine: errCode {$listener->errCode}, errMsg ", $listener->errMsg !== '' ? "set" : "EMPTY", "\n";
});
Sco::join([$waiter]);
var_dump($listener->accept(0.05));
echo "main: errCode {$listener->errCode}\n";

$client = new Socket();
$connected = null;
$connector = Sgo(function () use ($client, $port, &$connected) {
    $connected = $client->connect('127.0.0.1', $port, 10);
});
$conn = $listener->accept(10);
echo "main: accepted ", get_class($conn), ", errCode {$listener->errCode}\n";
Sco::join([$connector]);
var_dump($connected);
$conn->close();
$client->close();
$listener->close();
?>
--EXPECT--
bool(false)
coroutine: errCode 110, errMsg set
bool(false)
main: errCode 110
main: accepted Study\Coroutine\Socket, errCode 0
bool(true)
