--TEST--
Study\Coroutine\Socket in a destructor, where a coroutine may not suspend on PHP < 8.4: connect() to "localhost", sendAll() and recv() with a timeout block the thread as PHP's own sockets would, and Study\Coroutine::sleep() sleeps, instead of failing
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$server = new Socket();
$server->bind('127.0.0.1');
$server->listen();
$port = $server->getsockname()['port'];

class Caller {
    public function __construct(public int $port) {}
    public function __destruct() {
        $client = new Socket();
        var_dump($client->connect('127.0.0.1', $this->port, 5));
        var_dump($client->sendAll("ping\n", 5));
        $start = hrtime(true);
        // Nobody answers: the wait blocks until its timeout, then reports it as a coroutine's wait would.
        var_dump($client->recv(10, 0.05), $client->errCode === 110 /* ETIMEDOUT */);
        var_dump((hrtime(true) - $start) / 1e9 >= 0.05);
        var_dump(Sco::sleep(0.01));
    }
}
$caller = new Caller($port);
unset($caller);
$peer = $server->accept(5);
var_dump($peer->recv(10, 5));
?>
--EXPECT--
bool(true)
int(5)
bool(false)
bool(true)
bool(true)
bool(true)
string(5) "ping
"
