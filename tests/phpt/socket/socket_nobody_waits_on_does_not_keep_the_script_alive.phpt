--TEST--
Regression: a socket that was waited on once and is still open, with nobody waiting on it any more, does not keep
the event loop (and so the script) alive at its end
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
var_dump($listener->bind('127.0.0.1', 0), $listener->listen());
$port = $listener->getsockname()['port'];
Sgo(function () use ($listener) {
    $conn = $listener->accept(5);   // waits once: the listener's poll handle now exists
    echo "accepted: ", $conn instanceof Socket ? "yes" : "no", "\n";
    $data = $conn->recv();
    echo "recv: $data\n";
});
$client = new Socket();
var_dump($client->connect('127.0.0.1', $port, 5));
$client->sendAll("ping");
echo "main done\n";
// $listener and $client stay open until the script ends; nobody waits on them.
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
main done
accepted: yes
recv: ping
