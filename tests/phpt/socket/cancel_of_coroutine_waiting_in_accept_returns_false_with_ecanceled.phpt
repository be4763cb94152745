--TEST--
Study\Coroutine::cancel() of a coroutine waiting in accept(): no exception, accept() returns false with errCode ECANCELED (125) and cancel() returns true; the listening socket stays open, and a connection that comes later is accepted by the next accept()
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
$result = null;
$acceptor = Sgo(function () use ($listener, &$result) {
    try {
        $r = $listener->accept();
        $result = "accept returned " . var_export($r, true) . ", errCode {$listener->errCode}";
    } catch (Throwable $e) {
        $result = "must not throw " . get_class($e);
    }
});
var_dump(Sco::cancel($acceptor));
Sco::join([$acceptor]);
echo "$result\n";

$client = new Socket();
$connected = null;
$connector = Sgo(function () use ($client, $port, &$connected) {
    $connected = $client->connect('127.0.0.1', $port, 10);
});
$conn = $listener->accept(10);
Sco::join([$connector]);
echo "later: accepted ", is_object($conn) ? get_class($conn) : var_export($conn, true), ", connect ", var_export($connected, true), "\n";
$conn->close();
$client->close();
$listener->close();
?>
--EXPECT--
bool(true)
accept returned false, errCode 125
later: accepted Study\Coroutine\Socket, connect true
