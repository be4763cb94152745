--TEST--
Study\Coroutine\Socket::close() from another coroutine (or the main script) while a coroutine waits on the socket: the waiting recv(), accept(), recvfrom() and sendAll() return false with errCode EBADF (9) without waiting for their timeout; the closer's close() returns true
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

$log = [];
[$a, $b] = connected_pair();
$reader = Sgo(function () use ($b, &$log) {
    $r = $b->recv(100, 30);
    $log[] = "reader: recv returned " . var_export($r, true) . ", errCode {$b->errCode}, fd {$b->fd}";
});
$closer = Sgo(function () use ($b, &$log) {
    $log[] = "closer: close returned " . var_export($b->close(), true);
});
Sco::join([$reader, $closer]);
$a->close();

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$acceptor = Sgo(function () use ($listener, &$log) {
    $r = $listener->accept(30);
    $log[] = "acceptor: accept returned " . var_export($r, true) . ", errCode {$listener->errCode}";
});
$log[] = "main: close of the listener returned " . var_export($listener->close(), true);
Sco::join([$acceptor]);

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);
$receiver = Sgo(function () use ($udp, &$log) {
    $r = $udp->recvfrom(100, $address, $port, 30);
    $log[] = "receiver: recvfrom returned " . var_export($r, true) . ", errCode {$udp->errCode}";
});
$log[] = "main: close of the UDP socket returned " . var_export($udp->close(), true);
Sco::join([$receiver]);

// 16 MiB is more than the kernel buffers of a loopback connection hold while the peer does not read.
[$a, $b] = connected_pair();
$writer = Sgo(function () use ($a, &$log) {
    $r = $a->sendAll(str_repeat('w', 16 * 1024 * 1024), 30);
    $log[] = "writer: sendAll returned " . var_export($r, true) . ", errCode {$a->errCode}";
});
$log[] = "main: close of the writer's socket returned " . var_export($a->close(), true);
Sco::join([$writer]);
$b->close();

sort($log);
echo implode("\n", $log), "\n";
?>
--EXPECT--
acceptor: accept returned false, errCode 9
closer: close returned true
main: close of the UDP socket returned true
main: close of the listener returned true
main: close of the writer's socket returned true
reader: recv returned false, errCode 9, fd -1
receiver: recvfrom returned false, errCode 9
writer: sendAll returned false, errCode 9
