--TEST--
Study\Coroutine\Socket::setTimeout(): recv(), recvAll(), sendAll(), accept() and recvfrom() given no timeout use the socket's timeout (false with ETIMEDOUT (110)); a call given its own timeout uses that one instead; setTimeout(-1) waits without limit again; each socket has its own timeout
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
var_dump($b->setTimeout(0.1));
var_dump($b->recv(), $b->errCode);
var_dump($b->recvAll(), $b->errCode);

// Its own timeout wins: the data comes after the socket's timeout would have passed.
$sender = Sgo(function () use ($a) {
    Sco::sleep(0.3);
    $a->send('after 0.3 s');
});
var_dump($b->recv(100, 10), $b->errCode);
Sco::join([$sender]);

var_dump($b->setTimeout(-1));
$sender = Sgo(function () use ($a) {
    Sco::sleep(0.3);
    $a->send('no limit');
});
var_dump($b->recv(), $b->errCode);
Sco::join([$sender]);

// $a has no timeout of its own.
$b->setTimeout(0.05);
$reader = Sgo(function () use ($a) {
    var_dump($a->recv());
});
$b->send('for a');
Sco::join([$reader]);
$a->close();
$b->close();

// sendAll() to a peer that does not read: 16 MiB is more than the kernel buffers hold.
[$a, $b] = connected_pair();
$a->setTimeout(0.1);
var_dump($a->sendAll(str_repeat('s', 16 * 1024 * 1024)), $a->errCode);
$a->close();
$b->close();

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$listener->setTimeout(0.05);
var_dump($listener->accept(), $listener->errCode);
$listener->close();

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);
$udp->setTimeout(0.05);
Sco::join([Sgo(function () use ($udp) {
    var_dump($udp->recvfrom(100, $address, $port), $udp->errCode);
})]);
$udp->close();
?>
--EXPECT--
bool(true)
bool(false)
int(110)
bool(false)
int(110)
string(11) "after 0.3 s"
int(0)
bool(true)
string(8) "no limit"
int(0)
string(5) "for a"
bool(false)
int(110)
bool(false)
int(110)
bool(false)
int(110)
