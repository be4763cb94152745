--TEST--
Study\Coroutine\Socket: a socket the kernel cannot create (unknown domain, unknown type) makes the constructor throw with a message instead of leaving an object without a descriptor; sockets created afterwards work
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

foreach ([[12345, Socket::SOCK_STREAM], [Socket::AF_INET, 12345], [-1, -1]] as [$domain, $type]) {
    try {
        $socket = new Socket($domain, $type);
        echo "new Socket($domain, $type): NOT refused, fd {$socket->fd}\n";
    } catch (Throwable $e) {
        echo "new Socket($domain, $type): ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
Sgo(function () {
    try {
        new Socket(12345);
        echo "in a coroutine: NOT refused\n";
    } catch (Throwable $e) {
        echo "in a coroutine: ", get_class($e), "\n";
    }
});
$socket = new Socket();
echo "a good socket afterwards: ", $socket->fd >= 0 ? "created" : "NOT created", "\n";
var_dump($socket->close());
?>
--EXPECTF--
new Socket(12345, 1): %s: %s
new Socket(2, 12345): %s: %s
new Socket(-1, -1): %s: %s
in a coroutine: %s
a good socket afterwards: created
bool(true)
