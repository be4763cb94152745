--TEST--
Study\Coroutine::cancel() of a coroutine waiting in Server::start() (in accept): cancel() returns true, start() returns false with errCode ECANCELED (125), as any canceled socket wait; shutdown() afterwards closes the listening socket
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$server = new Server('127.0.0.1', 0);
$server->set_handler(function (Socket $conn) {
    $conn->close();
});
$result = null;
$runner = Sgo(function () use ($server, &$result) {
    try {
        $result = var_export($server->start(), true) . ", errCode {$server->errCode}";
    } catch (Throwable $e) {
        $result = "must not throw " . get_class($e);
    }
});
var_dump(Sco::cancel($runner));
Sco::join([$runner]);
echo "start() returned $result\n";
var_dump($server->shutdown());
$client = new Socket();
var_dump($client->connect('127.0.0.1', $server->port, 10), $client->errCode);
$client->close();
?>
--EXPECT--
bool(true)
start() returned false, errCode 125
bool(true)
bool(false)
int(111)
