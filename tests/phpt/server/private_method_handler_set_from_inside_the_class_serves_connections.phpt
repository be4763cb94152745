--TEST--
Study\Coroutine\Server: a handler that is a private (or protected) method, or a method left to __call, set from inside its class, serves every connection: the callable is resolved with the scope set_handler() had, not again in start() (which dropped every connection silently)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

class Service
{
    public Server $server;

    public function __construct(string $method)
    {
        $this->server = new Server('127.0.0.1', 0);
        $this->server->set_handler([$this, $method]);
    }

    private function answerPrivately(Socket $conn): void
    {
        $conn->sendAll('private: ' . $conn->recv(100, 10));
        $conn->close();
    }

    protected function answerProtected(Socket $conn): void
    {
        $conn->sendAll('protected: ' . $conn->recv(100, 10));
        $conn->close();
    }
}

class MagicService extends Service
{
    public function __call(string $name, array $args): void
    {
        $args[0]->sendAll("__call $name: " . $args[0]->recv(100, 10));
        $args[0]->close();
    }
}

// A method that does not exist goes to __call, whose trampoline serves one call: it is made for each connection.
foreach (['answerPrivately', 'answerProtected', 'viaMagic'] as $method) {
    $service = $method === 'viaMagic' ? new MagicService($method) : new Service($method);
    $server = $service->server;
    $runner = Sgo(fn() => $server->start());
    foreach (['one', 'two'] as $request) {
        $client = new Socket();
        var_dump($client->connect('127.0.0.1', $server->port, 10));
        $client->sendAll($request);
        $reply = $client->recvAll(100, 10);
        echo "reply: ", var_export($reply, true), "\n";
        $client->close();
    }
    $server->shutdown();
    Sco::join([$runner]);
}

// From outside the class the private method is not callable: set_handler() says so at once.
try {
    (new Server('127.0.0.1', 0))->set_handler([new Service('answerPrivately'), 'answerPrivately']);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Each Service and its Server hold each other (the handler is [$this, method]): only the cycle collector frees them,
// through the Server's get_gc, and a release PHP does not collect at shutdown (valgrind would report them).
unset($service, $server, $e); // $e's trace holds the last Service too
var_dump(gc_collect_cycles() > 0);
?>
--EXPECT--
bool(true)
reply: 'private: one'
bool(true)
reply: 'private: two'
bool(true)
reply: 'protected: one'
bool(true)
reply: 'protected: two'
bool(true)
reply: '__call viaMagic: one'
bool(true)
reply: '__call viaMagic: two'
TypeError: Study\Coroutine\Server::set_handler(): Argument #1 ($fn) must be a valid callback, cannot access private method Service::answerPrivately()
bool(true)
