--TEST--
Study\Coroutine\Server::shutdown() while start() waits in accept (nobody connected, or after some connections): start() returns true at once, the listening socket is closed, so a later connect to the port is refused with ECONNREFUSED (111); start() running in a coroutine ends the same way
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$server = new Server('127.0.0.1', 0);
$port = $server->port;
$server->set_handler(function (Socket $conn) {
    $conn->close();
});
$stopper = Sgo(function () use ($server) {
    Sco::sleep(0.05);
    echo "coroutine: shutdown\n";
    $GLOBALS['shutdown'] = $server->shutdown();
});
var_dump($server->start());
echo "main: start() returned\n";
Sco::join([$stopper]);
echo "shutdown() returned ", var_export($shutdown, true), "\n";
$client = new Socket();
var_dump($client->connect('127.0.0.1', $port, 10), $client->errCode);
$client->close();

echo "-- start() in a coroutine, after two connections\n";
$server = new Server('127.0.0.1', 0);
$port = $server->port;
$served = 0;
$server->set_handler(function (Socket $conn) use (&$served) {
    $served++;
    $conn->close();
});
$runner = Sgo(function () use ($server) {
    $GLOBALS['started'] = $server->start();
});
for ($i = 0; $i < 2; $i++) {
    $client = new Socket();
    $client->connect('127.0.0.1', $port, 10);
    var_dump($client->recv(10, 10));
    $client->close();
}
echo "main: served $served, shutdown\n";
var_dump($server->shutdown());
Sco::join([$runner]);
echo "runner: start() returned ", var_export($started, true), "\n";
$client = new Socket();
var_dump($client->connect('127.0.0.1', $port, 10), $client->errCode);
$client->close();
?>
--EXPECT--
coroutine: shutdown
bool(true)
main: start() returned
shutdown() returned true
bool(false)
int(111)
-- start() in a coroutine, after two connections
string(0) ""
string(0) ""
main: served 2, shutdown
bool(true)
runner: start() returned true
bool(false)
int(111)
