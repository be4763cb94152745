--TEST--
Study\Coroutine\Socket::close(): true the first time, then $fd is -1; false on every later call; a socket that was never connected closes too; the peer of a closed connection reads ''
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

$socket = new Socket();
echo "fd before: ", $socket->fd >= 0 ? "valid" : "INVALID", "\n";
var_dump($socket->close(), $socket->fd);
var_dump($socket->close(), $socket->fd);
var_dump($socket->close());

[$a, $b] = connected_pair();
var_dump($a->close(), $a->fd, $a->close());
var_dump($b->recv(10, 10));
var_dump($b->close(), $b->close());

Sgo(function () {
    $socket = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
    var_dump($socket->close(), $socket->close(), $socket->fd);
});
?>
--EXPECT--
fd before: valid
bool(true)
int(-1)
bool(false)
int(-1)
bool(false)
bool(true)
int(-1)
bool(false)
string(0) ""
bool(true)
bool(false)
bool(true)
bool(false)
int(-1)
