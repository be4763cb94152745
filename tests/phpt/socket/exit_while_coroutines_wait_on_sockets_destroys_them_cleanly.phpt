--TEST--
exit() in a coroutine while other coroutines wait in recv(), accept(), sendAll() and recvfrom(): the script ends there, the waiting coroutines are destroyed with their finally blocks run (no wait completes, nothing is reported as leaked), then shutdown functions run
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
[$c, $d] = connected_pair();
$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->bind('127.0.0.1', 0);

$waits = [
    'reader' => fn() => $b->recv(),
    'acceptor' => fn() => $listener->accept(),
    'writer' => fn() => $c->sendAll(str_repeat('x', 16 * 1024 * 1024)),
    'receiver' => fn() => $udp->recvfrom(100, $address, $port),
];
foreach ($waits as $name => $wait) {
    Sgo(function () use ($name, $wait) {
        try {
            $wait();
            echo "$name: not reached\n";
        } finally {
            echo "$name: finally\n";
        }
    });
}
Sgo(function () {
    Sco::sleep(0.05);
    echo "exiter: exit(3)\n";
    exit(3);
});
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECT--
main: end
exiter: exit(3)
reader: finally
acceptor: finally
writer: finally
receiver: finally
shutdown function
