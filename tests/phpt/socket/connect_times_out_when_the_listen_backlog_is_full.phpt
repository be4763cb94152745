--TEST--
Study\Coroutine\Socket::connect() with a timeout to a listener whose backlog (0) is full and that never accepts: Linux drops the SYNs, so a connect waits and then returns false with errCode ETIMEDOUT (110), in a coroutine and in the main script
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
var_dump($listener->listen(0));
$port = $listener->getsockname()['port'];

// Linux queues backlog + 1 connections; the ones after that wait for a SYN-ACK that never comes. Connect until
// one times out, so the test does not depend on the exact queue length.
$clients = [];
$timedOut = null;
for ($i = 0; $i < 8 && $timedOut === null; $i++) {
    $client = new Socket();
    $ok = $client->connect('127.0.0.1', $port, 0.2);
    $clients[] = $client;
    if (!$ok) {
        $timedOut = $client->errCode;
    }
}
echo "main: a connect failed after filling the backlog, errCode $timedOut\n";

$c = Sgo(function () use ($port) {
    $client = new Socket();
    var_dump($client->connect('127.0.0.1', $port, 0.1));
    echo "coroutine: errCode {$client->errCode}, errMsg ", $client->errMsg !== '' ? "set" : "EMPTY", "\n";
    $client->close();
});
Sco::join([$c]);

foreach ($clients as $client) {
    $client->close();
}
$listener->close();
?>
--EXPECT--
bool(true)
main: a connect failed after filling the backlog, errCode 110
bool(false)
coroutine: errCode 110, errMsg set
