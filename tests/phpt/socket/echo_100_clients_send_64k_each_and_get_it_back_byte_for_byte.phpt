--TEST--
Study\Coroutine\Socket loopback echo: 100 client coroutines at once each connect, sendAll() 64 KiB of random bytes and recvAll() them back from a server that runs one coroutine per connection; every echo is identical byte for byte, nothing fails (the smaller copy of the 1000-client test: it fits the common limit of 1024 descriptors, where the 1000-client test skips itself)
--EXTENSIONS--
study
--INI--
memory_limit=512M
--FILE--
<?php
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

const CLIENTS = 100;
const SIZE = 65536;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen(1024);
$port = $listener->getsockname()['port'];
$served = 0;
$acceptor = Sgo(function () use ($listener, &$served) {
    for ($i = 0; $i < CLIENTS; $i++) {
        $conn = $listener->accept(60);
        if ($conn === false) {
            echo "accept failed: {$listener->errCode} {$listener->errMsg}\n";
            return;
        }
        Sgo(function () use ($conn, &$served) {
            while (($data = $conn->recv(65536, 60)) !== '' && $data !== false) {
                if ($conn->sendAll($data, 60) === false) {
                    echo "server sendAll failed: {$conn->errCode}\n";
                    break;
                }
            }
            if ($data === false) {
                echo "server recv failed: {$conn->errCode}\n";
            }
            $conn->close();
            $served++;
        });
    }
});

$wg = new WaitGroup();
$identical = 0;
$failures = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $wg->add();
    Sgo(function () use ($port, $wg, &$identical, &$failures) {
        $client = new Socket();
        $message = random_bytes(SIZE);
        if (!$client->connect('127.0.0.1', $port, 60)) {
            $failures[] = "connect: {$client->errCode} {$client->errMsg}";
        } elseif (($sent = $client->sendAll($message, 60)) !== SIZE) {
            $failures[] = "sendAll: " . var_export($sent, true) . " {$client->errCode}";
        } elseif (($echo = $client->recvAll(SIZE, 60)) === $message) {
            $identical++;
        } else {
            $failures[] = "recvAll: " . (is_string($echo) ? strlen($echo) . " bytes, different" : "false {$client->errCode}");
        }
        $client->close();
        $wg->done();
    });
}
$wg->wait();
Sco::join([$acceptor]);
$listener->close();
while ($served < CLIENTS && !$failures) {
    Sco::sleep(0.01);
}
echo "$identical of ", CLIENTS, " echoes identical; server connections ended: $served\n";
echo $failures ? implode("\n", array_slice($failures, 0, 10)) : "no failures", "\n";
?>
--EXPECT--
100 of 100 echoes identical; server connections ended: 100
no failures
