--TEST--
Study\Coroutine\Socket over UDP on 127.0.0.1: recvfrom() returns one datagram at a time (boundaries kept, at most $length bytes) and sets $address and $port to the sender's, which getsockname() of the sender confirms; the server answers with sendto() to them; recvfrom() with a timeout returns false with ETIMEDOUT (110), in a coroutine and in the main script
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$server = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
var_dump($server->bind('127.0.0.1', 0));
$serverPort = $server->getsockname()['port'];
$serverLog = [];
$echo = Sgo(function () use ($server, &$serverLog) {
    for ($i = 0; $i < 3; $i++) {
        $data = $server->recvfrom(65536, $address, $port, 30);
        $serverLog[] = [$data, $address, $port];
        $server->sendto($address, $port, "echo:$data");
    }
});

$client = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
var_dump($client->sendto('127.0.0.1', $serverPort, 'first'));
var_dump($client->sendto('127.0.0.1', $serverPort, 'second'));
var_dump($client->sendto('127.0.0.1', $serverPort, str_repeat('L', 1000)));
$clientName = $client->getsockname();
for ($i = 0; $i < 2; $i++) {
    $data = $client->recvfrom(65536, $address, $port, 30);
    echo "client: '$data' from $address, port ", $port === $serverPort ? "of the server" : var_export($port, true), "\n";
}
// A datagram longer than $length: at most $length bytes of it.
$data = $client->recvfrom(10, $address, $port, 30);
echo "client: ", var_export($data, true), "\n";
Sco::join([$echo]);
foreach ($serverLog as [$data, $address, $port]) {
    echo "server: ", strlen($data), " bytes from $address, port ", $port === $clientName['port'] ? "of the client" : var_export($port, true), "\n";
}

$waiter = Sgo(function () use ($server) {
    var_dump($server->recvfrom(100, $address, $port, 0.1));
    echo "coroutine: errCode {$server->errCode}\n";
});
Sco::join([$waiter]);
var_dump($client->recvfrom(100, $address, $port, 0.05));
echo "main: errCode {$client->errCode}\n";
$server->close();
$client->close();
?>
--EXPECT--
bool(true)
int(5)
int(6)
int(1000)
client: 'echo:first' from 127.0.0.1, port of the server
client: 'echo:second' from 127.0.0.1, port of the server
client: 'echo:LLLLL'
server: 5 bytes from 127.0.0.1, port of the client
server: 6 bytes from 127.0.0.1, port of the client
server: 1000 bytes from 127.0.0.1, port of the client
bool(false)
coroutine: errCode 110
bool(false)
main: errCode 110
