--TEST--
Study\Coroutine\Socket::connect() to a loopback port that is bound but not listening: false with errCode ECONNREFUSED (111) and an errMsg, in a coroutine and in the main script; the socket object stays safe to use and to close, and a new socket connects once someone listens
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

// Bound and kept, never listening: the port cannot be taken by anything else while the test runs.
$holder = new Socket();
$holder->bind('127.0.0.1', 0);
$port = $holder->getsockname()['port'];

$c = Sgo(function () use ($port) {
    $client = new Socket();
    var_dump($client->connect('127.0.0.1', $port, 10));
    echo "coroutine: errCode {$client->errCode}, errMsg ", $client->errMsg !== '' ? "set" : "EMPTY", "\n";
    var_dump($client->close());
});
Sco::join([$c]);

$client = new Socket();
var_dump($client->connect('127.0.0.1', $port));
echo "main: errCode {$client->errCode}\n";
var_dump($client->send('x', 1));
echo "main: send on the unconnected socket failed: ", $client->errCode !== 0 ? "yes" : "NO", "\n";
var_dump($client->close());

$holder->listen();
$client = new Socket();
var_dump($client->connect('127.0.0.1', $port, 10));
echo "main: errCode {$client->errCode}\n";
$client->close();
$holder->close();
?>
--EXPECT--
bool(false)
coroutine: errCode 111, errMsg set
bool(true)
bool(false)
main: errCode 111
bool(false)
main: send on the unconnected socket failed: yes
bool(true)
bool(true)
main: errCode 0
