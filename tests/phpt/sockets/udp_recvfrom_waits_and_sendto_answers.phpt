--TEST--
With HOOK_SOCKETS, socket_recvfrom() on a UDP socket waits as a coroutine until another coroutine's socket_sendto()
arrives, and gives the byte count, data, address and port as PHP does; socket_recv() on a connected UDP socket waits
the same way
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$server = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($server, '127.0.0.1', 0);
socket_getsockname($server, $address, $port);
$client = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
socket_bind($client, '127.0.0.1', 0);
socket_getsockname($client, $clientAddress, $clientPort);
$order = [];
$serverSide = Sgo(function () use ($server, $clientPort, &$order) {
    $order[] = 'server waits';
    $got = socket_recvfrom($server, $data, 100, 0, $from, $fromPort);
    $order[] = "server got $got bytes: $data from $from, its port " . ($fromPort === $clientPort ? "right" : "WRONG");
    socket_sendto($server, strtoupper($data), strlen($data), 0, $from, $fromPort);
});
$clientSide = Sgo(function () use ($client, $port, &$order) {
    socket_connect($client, '127.0.0.1', $port);
    Sco::sleep(0.01);
    $order[] = 'client sends';
    var_dump(socket_sendto($client, "ping", 4, 0, '127.0.0.1', $port));
    var_dump(socket_recv($client, $answer, 100, 0), $answer);
});
$order[] = 'main went on';
Sco::join([$serverSide, $clientSide]);
echo implode("\n", $order), "\n";
?>
--EXPECT--
int(4)
int(4)
string(4) "PING"
server waits
main went on
client sends
server got 4 bytes: ping from 127.0.0.1, its port right
