--TEST--
Regression: a port beyond 65535 is refused with EINVAL instead of being truncated to another port (4294967376
connected to port 80)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Server, Socket};

$s = new Socket();
var_dump($s->connect('127.0.0.1', 4294967376, 1), $s->errCode === 22);
var_dump($s->bind('127.0.0.1', 65536), $s->errCode === 22);
var_dump($s->sendto('127.0.0.1', -1, 'x'), $s->errCode === 22);
try {
    new Server('127.0.0.1', 65536 + 8080);
} catch (Study\Coroutine\Socket\Exception $e) {
    echo get_class($e), "\n";
}
?>
--EXPECT--
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
Study\Coroutine\Socket\Exception
