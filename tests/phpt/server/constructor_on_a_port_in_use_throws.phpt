--TEST--
new Study\Coroutine\Server() on a port another listener holds throws (with a message) instead of returning a server that cannot accept; so does an address that is not one; with $reuse_port true on both, two servers share the port; the first server keeps working
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

$first = new Server('127.0.0.1', 0);
$port = $first->port;
foreach ([['127.0.0.1', $port, false], ['127.0.0.1', $port, true], ['not an address', 0, false], ['127.0.0.1', 70000, false]] as [$host, $p, $reusePort]) {
    $label = $p === $port ? "$host, the same port" : "$host, $p";
    try {
        $second = new Server($host, $p, $reusePort);
        echo "new Server($label", $reusePort ? ", reuse_port" : "", "): NOT refused, port {$second->port}\n";
        $second->shutdown();
    } catch (Throwable $e) {
        echo "new Server($label", $reusePort ? ", reuse_port" : "", "): ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$first->set_handler(function (Socket $conn) {
    $conn->sendAll('still serving');
    $conn->close();
});
$runner = Sgo(fn() => $first->start());
$client = new Socket();
$client->connect('127.0.0.1', $port, 10);
var_dump($client->recvAll(100, 10));
$client->close();
$first->shutdown();
Sco::join([$runner]);

$a = new Server('127.0.0.1', 0, true);
try {
    $b = new Server('127.0.0.1', $a->port, true);
    echo "reuse_port on both: shared, same port: ", var_export($b->port === $a->port, true), "\n";
    $b->shutdown();
} catch (Throwable $e) {
    echo "reuse_port on both: refused: ", $e->getMessage(), "\n";
}
$a->shutdown();
?>
--EXPECTF--
new Server(127.0.0.1, the same port): %s: %s
new Server(127.0.0.1, the same port, reuse_port): %s: %s
new Server(not an address, 0): %s: %s
new Server(127.0.0.1, 70000): %s: %s
string(13) "still serving"
reuse_port on both: shared, same port: true
