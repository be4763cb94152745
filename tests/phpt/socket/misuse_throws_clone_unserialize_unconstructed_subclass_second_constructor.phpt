--TEST--
Study\Coroutine\Socket and Server misuse throws instead of sharing or losing a descriptor: clone (Error), unserialize (Exception), a subclass whose constructor does not call parent::__construct() (Error on use, no crash), calling the constructor a second time (Error, the socket keeps its descriptor)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;
use Study\Coroutine\Socket;

function attempt(string $what, callable $fn): void
{
    try {
        $fn();
        echo "$what: NOT refused\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$socket = new Socket();
$server = new Server('127.0.0.1', 0);
attempt('clone Socket', fn() => clone $socket);
attempt('clone Server', fn() => clone $server);
attempt('unserialize Socket', fn() => unserialize('O:22:"Study\Coroutine\Socket":0:{}'));
attempt('unserialize Server', fn() => unserialize('O:22:"Study\Coroutine\Server":0:{}'));

class LazySocket extends Socket
{
    public function __construct() {}
}
$lazy = new LazySocket();
attempt('recv on an unconstructed subclass', fn() => $lazy->recv(10, 0.1));
attempt('close on an unconstructed subclass', fn() => $lazy->close());
unset($lazy);

$fd = $socket->fd;
attempt('second constructor call', fn() => $socket->__construct(Socket::AF_INET, Socket::SOCK_DGRAM));
echo "descriptor kept: ", $socket->fd === $fd ? "yes" : "NO", "\n";
var_dump($socket->close(), $server->shutdown());
?>
--EXPECTF--
clone Socket: Error: Trying to clone an uncloneable object of class Study\Coroutine\Socket
clone Server: Error: Trying to clone an uncloneable object of class Study\Coroutine\Server
unserialize Socket: Exception: Unserialization of 'Study\Coroutine\Socket' is not allowed
unserialize Server: Exception: Unserialization of 'Study\Coroutine\Server' is not allowed
recv on an unconstructed subclass: %s: %s
close on an unconstructed subclass: %s: %s
second constructor call: %s: %s
descriptor kept: yes
bool(true)
bool(true)
