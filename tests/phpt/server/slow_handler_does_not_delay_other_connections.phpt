--TEST--
Study\Coroutine\Server: a handler that sleeps or waits for its client does not hold up the others: while the first connection's handler waits, later connections are accepted and answered at once; start() then ends with shutdown() and the handler still waiting finishes its work afterwards (shutdown() closes only the listening socket)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

// Timeouts are a minute: none of them is reached here, however slowly a loaded machine (valgrind) runs.
$server = new Server('127.0.0.1', 0);
$port = $server->port;
$slowWaits = new Channel(1);
$server->set_handler(function (Socket $conn) use ($slowWaits) {
    $request = $conn->recv(100, 60);
    if ($request === 'slow') {
        echo "handler: slow request, waits for 'go'\n";
        $slowWaits->push(true);
        $go = $conn->recv(100, 60);
        echo "handler: got '$go', answers\n";
    }
    $conn->sendAll("done $request");
    $conn->close();
});
$runner = Sgo(function () use ($server) {
    $GLOBALS['started'] = $server->start();
});

$slow = new Socket();
$slow->connect('127.0.0.1', $port, 60);
$slow->sendAll('slow');
$slowWaits->pop(60); // the fast clients come once the slow request's handler waits
for ($i = 1; $i <= 3; $i++) {
    $fast = new Socket();
    $fast->connect('127.0.0.1', $port, 60);
    $fast->sendAll("fast $i");
    $reply = $fast->recvAll(100, 60);
    echo "client: $reply\n";
    $fast->close();
}
echo "main: shutdown\n";
$server->shutdown();
Sco::join([$runner]);
echo "start() returned ", var_export($started, true), "\n";
$slow->sendAll('go');
$reply = $slow->recvAll(100, 60);
echo "client: $reply\n";
$slow->close();
?>
--EXPECT--
handler: slow request, waits for 'go'
client: done fast 1
client: done fast 2
client: done fast 3
main: shutdown
start() returned true
handler: got 'go', answers
client: done slow
