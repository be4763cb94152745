--TEST--
Study\Coroutine\Socket released without close() (last reference gone, also at the end of the coroutine that owned it): its descriptor is closed, so the peer's recv() returns '' and a UDP port is free to bind again
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$a->send('bye');
unset($a);
var_dump($b->recv(100, 10), $b->recv(100, 10));
$b->close();

[$a, $b] = connected_pair();
Sco::join([Sgo(function () use ($a) {
    $mine = $a;
    $mine->send('from a coroutine');
})]);
unset($a);
var_dump($b->recv(100, 10), $b->recv(100, 10));
$b->close();

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);
$port = $udp->getsockname()['port'];
$udp = null;
$again = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
var_dump($again->bind('127.0.0.1', $port));
$again->close();
?>
--EXPECT--
string(3) "bye"
string(0) ""
string(16) "from a coroutine"
string(0) ""
bool(true)
