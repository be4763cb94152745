--TEST--
Study\Coroutine\Socket::recv($length) holds no $length-sized buffer while it waits (regression): 300 coroutines each waiting in recv(1 MiB) on an idle connection fit in a memory_limit of 64M and cost far less than 64 KiB each; each still gets its data when it comes
--EXTENSIONS--
study
--INI--
memory_limit=64M
--FILE--
<?php
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

const N = 300;
$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen(1024);
$port = $listener->getsockname()['port'];
$conns = [];
$acceptor = Sgo(function () use ($listener, &$conns) {
    for ($i = 0; $i < N; $i++) {
        $conns[] = $listener->accept(30);
    }
});
$clients = [];
for ($i = 0; $i < N; $i++) {
    $clients[$i] = new Socket();
    $clients[$i]->connect('127.0.0.1', $port, 30) or die("connect failed\n");
}
Sco::join([$acceptor]);
$listener->close();

$wg = new WaitGroup();
$got = 0;
$before = memory_get_usage();
foreach ($conns as $conn) {
    $wg->add();
    Sgo(function () use ($conn, $wg, &$got) {
        if ($conn->recv(1024 * 1024, 30) === 'data') {
            $got++;
        }
        $conn->close();
        $wg->done();
    });
}
$perReader = (memory_get_usage() - $before) / N;
echo "memory per waiting reader below 64 KiB: ", $perReader < 65536 ? "yes" : "NO ($perReader bytes)", "\n";
foreach ($clients as $client) {
    $client->sendAll('data');
}
$wg->wait();
echo "readers that got their data: $got\n";
foreach ($clients as $client) {
    $client->close();
}
?>
--EXPECT--
memory per waiting reader below 64 KiB: yes
readers that got their data: 300
