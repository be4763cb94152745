--TEST--
Study\Coroutine\Socket over Unix datagram sockets: a server bound to one path and a client bound to another exchange datagrams with sendto(path, 0, data) / recvfrom(); recvfrom() sets $address to the sender's path, keeps message boundaries and binary data; the server answers to that address; recvfrom() with a timeout returns false with ETIMEDOUT (110)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$base = sys_get_temp_dir() . '/study_unix_dgram_' . getmypid() . '_' . bin2hex(random_bytes(4));
$serverPath = "$base.server";
$clientPath = "$base.client";
$server = new Socket(Socket::AF_UNIX, Socket::SOCK_DGRAM);
var_dump($server->bind($serverPath));
$client = new Socket(Socket::AF_UNIX, Socket::SOCK_DGRAM);
var_dump($client->bind($clientPath));

// Each side logs in its own order; the two sides interleave differently depending on when the loop polls.
$serverLog = [];
$echo = Sgo(function () use ($server, $clientPath, &$serverLog) {
    for ($i = 0; $i < 3; $i++) {
        $data = $server->recvfrom(65536, $address, $port, 30);
        $serverLog[] = "server: got " . strlen($data) . " bytes from " . ($address === $clientPath ? "the client's path" : var_export($address, true));
        $server->sendto($address, 0, strtoupper($data));
    }
});
var_dump($client->sendto($serverPath, 0, "one"));
var_dump($client->sendto($serverPath, 0, "two\0two"));
var_dump($client->sendto($serverPath, 0, ''));
for ($i = 0; $i < 3; $i++) {
    $data = $client->recvfrom(65536, $address, $port, 30);
    echo "client: ", var_export($data, true), " from ", $address === $serverPath ? "the server's path" : var_export($address, true), "\n";
}
Sco::join([$echo]);
echo implode("\n", $serverLog), "\n";
var_dump($client->recvfrom(100, $address, $port, 0.1), $client->errCode);
$server->close();
$client->close();
unlink($serverPath);
unlink($clientPath);
?>
--EXPECT--
bool(true)
bool(true)
int(3)
int(7)
int(0)
client: 'ONE' from the server's path
client: 'TWO' . "\0" . 'TWO' from the server's path
client: '' from the server's path
server: got 3 bytes from the client's path
server: got 7 bytes from the client's path
server: got 0 bytes from the client's path
bool(false)
int(110)
