--TEST--
Study\Coroutine\Socket: data is binary safe both ways: NUL bytes inside and at both ends, every byte value 0-255 and a random 64 KiB block arrive unchanged through send()/recv(), sendAll()/recvAll() and sendto()/recvfrom()
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$nuls = "\0a\0\0b\xff\0";
var_dump($a->send($nuls));
var_dump(bin2hex($b->recv()));

$bytes = '';
for ($i = 0; $i < 256; $i++) {
    $bytes .= chr($i);
}
var_dump($b->sendAll($bytes . $bytes));
$back = $a->recvAll(512);
echo "every byte value, twice: ", $back === $bytes . $bytes ? "identical" : "DIFFERENT", "\n";

$random = random_bytes(65536);
$got = null;
$reader = Sgo(function () use ($b, &$got) {
    $got = $b->recvAll(65536);
});
var_dump($a->sendAll($random));
Sco::join([$reader]);
echo "random block: ", $got === $random ? "identical" : "DIFFERENT", "\n";
$a->close();
$b->close();

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);
$port = $udp->getsockname()['port'];
$sender = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
var_dump($sender->sendto('127.0.0.1', $port, "\0\0datagram\0"));
var_dump(bin2hex($udp->recvfrom(100, $address, $senderPort, 5)));
$udp->close();
$sender->close();
?>
--EXPECT--
int(7)
string(14) "0061000062ff00"
int(512)
every byte value, twice: identical
int(65536)
random block: identical
int(11)
string(22) "0000646174616772616d00"
