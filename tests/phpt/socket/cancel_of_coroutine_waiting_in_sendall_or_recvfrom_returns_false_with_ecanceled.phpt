--TEST--
Study\Coroutine::cancel() of a coroutine waiting in sendAll() (peer not reading, buffers full) or in recvfrom() on a UDP socket: the call returns false with errCode ECANCELED (125), cancel() returns true, and both sockets stay usable
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

$log = [];
[$a, $b] = connected_pair();
$writer = Sgo(function () use ($a, &$log) {
    $r = $a->sendAll(str_repeat('s', 16 * 1024 * 1024));
    $log[] = "sendAll returned " . var_export($r, true) . ", errCode {$a->errCode}";
});
var_dump(Sco::cancel($writer));
Sco::join([$writer]);
echo "the peer still reads the first bytes: ", var_export($b->recv(4, 10), true), "\n";
$a->close();
$b->close();

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);
$port = $udp->getsockname()['port'];
$receiver = Sgo(function () use ($udp, &$log) {
    $r = $udp->recvfrom(100, $address, $senderPort, 30);
    $log[] = "recvfrom returned " . var_export($r, true) . ", errCode {$udp->errCode}";
});
var_dump(Sco::cancel($receiver));
Sco::join([$receiver]);
$sender = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$sender->sendto('127.0.0.1', $port, 'after the cancel');
echo "the UDP socket still receives: ", var_export($udp->recvfrom(100, $address, $senderPort, 10), true), "\n";
$sender->close();
$udp->close();
echo implode("\n", $log), "\n";
?>
--EXPECT--
bool(true)
the peer still reads the first bytes: 'ssss'
bool(true)
the UDP socket still receives: 'after the cancel'
sendAll returned false, errCode 125
recvfrom returned false, errCode 125
