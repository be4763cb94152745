--TEST--
Study\Coroutine\Server: when the coroutine for a connection cannot be created (the coroutine limit), start() ends with that Study\Coroutine\Error instead of dropping the connection; with a handler left to __call, the trampoline resolved for that connection is freed (it leaked on every failed create)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

class Magic
{
    public function __call(string $name, array $args): void
    {
        $args[0]->close();
    }
}

Sco::set(['max_coroutines' => 1]);
$before = 0;
for ($i = 0; $i < 300; $i++) {
    if ($i === 100) {
        $before = memory_get_usage();
    }
    $server = new Server('127.0.0.1', 0);
    // A method name made at run time: a trampoline that is not freed keeps its own copy of it.
    $server->set_handler([new Magic(), 'handle' . ($i % 2)]);
    // The client is the one live coroutine the limit allows: the handler's coroutine is refused.
    $client = Sgo(function () use ($server) {
        $socket = new Socket();
        $socket->connect('127.0.0.1', $server->port, 10);
        $socket->recv(10, 10);
        $socket->close();
    });
    try {
        $server->start();
        echo "start() returned\n";
    } catch (Study\Coroutine\Error $e) {
        if ($i === 0) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    $server->shutdown();
    Sco::join([$client]);
}
$grown = memory_get_usage() - $before;
echo $grown < 16384 ? "no growth\n" : "grew by $grown bytes over 200 failed creates\n";
?>
--EXPECT--
Study\Coroutine\Error: cannot create a coroutine: the limit of 1 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
no growth
