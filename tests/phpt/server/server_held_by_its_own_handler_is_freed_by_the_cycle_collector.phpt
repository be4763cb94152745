--TEST--
Study\Coroutine\Server: the handler is visible to the cycle collector, so a server whose handler captures the server itself (the tutorial's "use ($serv)") is freed by gc_collect_cycles() once nothing else refers to it, with everything the handler holds; a server that was started and shut down too
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

class Probe
{
    public function __construct(public string $name) {}
    public function __destruct() { echo "{$this->name} released\n"; }
}

function never_started(): void
{
    $server = new Server('127.0.0.1', 0);
    $probe = new Probe('probe of the server never started');
    $server->set_handler(function (Socket $conn) use ($server, $probe) {});
    $server->shutdown();
}
function started(): void
{
    $serv = new Server('127.0.0.1', 0);
    $probe = new Probe('probe of the started server');
    $serv->set_handler(function (Socket $conn) use ($serv, $probe) {
        $conn->sendAll('hello');
        $conn->close();
        $serv->shutdown();
    });
    Sgo(function () use ($serv) {
        $client = new Socket();
        $client->connect('127.0.0.1', $serv->port, 10);
        $client->recvAll(5, 10);
        $client->close();
    });
    var_dump($serv->start());
}

never_started();
echo "before gc\n";
var_dump(gc_collect_cycles() > 0);
echo "after gc\n";
started();
Sco::join(Sco::list());
echo "before gc\n";
var_dump(gc_collect_cycles() > 0);
echo "after gc\n";
?>
--EXPECT--
before gc
probe of the server never started released
bool(true)
after gc
bool(true)
before gc
probe of the started server released
bool(true)
after gc
