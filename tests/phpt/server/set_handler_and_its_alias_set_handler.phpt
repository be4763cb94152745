--TEST--
Study\Coroutine\Server::setHandler() is an alias of set_handler(): either sets the handler, the last one set wins, any callable works (closure, function name, [object, method], invokable object); a non-callable is a TypeError
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

function named_handler(Socket $conn): void
{
    $conn->sendAll('named function');
    $conn->close();
}
class Handlers
{
    public function method(Socket $conn): void
    {
        $conn->sendAll('method');
        $conn->close();
    }
    public function __invoke(Socket $conn): void
    {
        $conn->sendAll('invokable');
        $conn->close();
    }
}

function ask(Server $server, callable $install): void
{
    $install($server);
    $runner = Sgo(fn() => $server->start());
    $client = new Socket();
    $client->connect('127.0.0.1', $server->port, 10);
    $reply = '';
    while (($chunk = $client->recv(100, 10)) !== '' && $chunk !== false) {
        $reply .= $chunk;
    }
    echo "reply: $reply\n";
    $client->close();
    $server->shutdown();
    Sco::join([$runner]);
}

$handlers = new Handlers();
ask(new Server('127.0.0.1', 0), fn($s) => $s->set_handler(function (Socket $conn) {
    $conn->sendAll('closure via set_handler');
    $conn->close();
}));
ask(new Server('127.0.0.1', 0), fn($s) => $s->setHandler(function (Socket $conn) {
    $conn->sendAll('closure via setHandler');
    $conn->close();
}));
ask(new Server('127.0.0.1', 0), function ($s) {
    $s->set_handler(fn($conn) => $conn->close());
    $s->setHandler('named_handler');
});
ask(new Server('127.0.0.1', 0), fn($s) => $s->setHandler([$handlers, 'method']));
ask(new Server('127.0.0.1', 0), fn($s) => $s->set_handler($handlers));

$server = new Server('127.0.0.1', 0);
foreach (['set_handler', 'setHandler'] as $method) {
    try {
        $server->$method('no_such_function');
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$server->shutdown();
?>
--EXPECT--
reply: closure via set_handler
reply: closure via setHandler
reply: named function
reply: method
reply: invokable
TypeError: Study\Coroutine\Server::set_handler(): Argument #1 ($fn) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Study\Coroutine\Server::setHandler(): Argument #1 ($fn) must be a valid callback, function "no_such_function" not found or invalid function name
