--TEST--
Study\Coroutine\Socket over TCP on ::1: an AF_INET6 socket binds ::1 port 0, getsockname()/getpeername() report '::1' and the ports, connect('::1') from a coroutine and from the main script, data echoed intact; an IPv4 address given to an AF_INET6 socket is refused
--EXTENSIONS--
study
--SKIPIF--
<?php
if (@stream_socket_server('tcp://[::1]:0') === false) die('skip ::1 cannot be bound');
?>
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket(Socket::AF_INET6);
var_dump($listener->bind('::1', 0), $listener->listen());
$name = $listener->getsockname();
echo "listener: {$name['address']}, port ", $name['port'] > 0 ? "chosen by the kernel" : "NOT chosen", "\n";
$port = $name['port'];
$server = Sgo(function () use ($listener, $port) {
    for ($i = 0; $i < 2; $i++) {
        $conn = $listener->accept(30);
        $peer = $conn->getpeername();
        $data = $conn->recv(100, 30);
        echo "server: '$data' from {$peer['address']}, local port ", $conn->getsockname()['port'] === $port ? "of the listener" : "OTHER", "\n";
        $conn->sendAll(strrev($data));
        $conn->close();
    }
});

$c = Sgo(function () use ($port) {
    $client = new Socket(Socket::AF_INET6);
    var_dump($client->connect('::1', $port, 30));
    $peer = $client->getpeername();
    echo "coroutine client: peer {$peer['address']}, port ", $peer['port'] === $port ? "of the server" : "OTHER", "\n";
    $client->sendAll("ipv6 from a coroutine");
    var_dump($client->recvAll(100, 30));
    $client->close();
});
Sco::join([$c]);

$client = new Socket(Socket::AF_INET6);
var_dump($client->connect('::1', $port, 30));
$client->sendAll('ipv6 from main');
var_dump($client->recvAll(100, 30));
$client->close();
Sco::join([$server]);
$listener->close();

$v6 = new Socket(Socket::AF_INET6);
try {
    $r = $v6->bind('127.0.0.1', 0);
    echo "bind of an IPv4 address: ", $r === false && $v6->errCode !== 0 ? "refused" : "NOT refused (" . var_export($r, true) . ")", "\n";
} catch (Throwable $e) {
    echo "bind of an IPv4 address: refused\n";
}
$v6->close();
?>
--EXPECT--
bool(true)
bool(true)
listener: ::1, port chosen by the kernel
bool(true)
coroutine client: peer ::1, port of the server
server: 'ipv6 from a coroutine' from ::1, local port of the listener
string(21) "enituoroc a morf 6vpi"
bool(true)
server: 'ipv6 from main' from ::1, local port of the listener
string(14) "niam morf 6vpi"
bind of an IPv4 address: refused
