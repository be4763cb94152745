--TEST--
Study\Coroutine\Socket: a class of the study extension with the constants AF_INET, AF_INET6, AF_UNIX, SOCK_STREAM, SOCK_DGRAM and IPPROTO_IP (Linux values), the methods of the stub, a read-only int $fd (valid once created, -1 after close), an int $errCode that starts at 0 and a string $errMsg; it cannot be serialized
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$class = new ReflectionClass(Socket::class);
var_dump($class->getExtensionName(), $class->isFinal());
var_dump(Socket::AF_INET, Socket::AF_INET6, Socket::AF_UNIX, Socket::SOCK_STREAM, Socket::SOCK_DGRAM, Socket::IPPROTO_IP);
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() ? " (static)" : "", $method->isPublic() ? "" : " NOT PUBLIC", "\n";
}
foreach (['fd', 'errCode', 'errMsg'] as $name) {
    $property = new ReflectionProperty(Socket::class, $name);
    echo "\$$name: ", $property->getType(), $property->isReadOnly() ? ", read-only" : "", "\n";
}

$socket = new Socket();
echo "fd of a new socket: ", is_int($socket->fd) && $socket->fd >= 0 ? "a descriptor" : "NOT a descriptor", "\n";
var_dump($socket->errCode, $socket->errMsg, array_keys(get_object_vars($socket)));
try {
    $socket->fd = 5;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    serialize($socket);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
foreach ([[Socket::AF_INET, Socket::SOCK_DGRAM], [Socket::AF_UNIX, Socket::SOCK_STREAM], [Socket::AF_UNIX, Socket::SOCK_DGRAM]] as [$domain, $type]) {
    $other = new Socket($domain, $type, Socket::IPPROTO_IP);
    echo "domain $domain, type $type: ", $other->fd >= 0 && $other->fd !== $socket->fd ? "its own descriptor" : "NO descriptor", "\n";
    $other->close();
}
var_dump($socket->close(), $socket->fd);
?>
--EXPECT--
string(5) "study"
bool(false)
int(2)
int(10)
int(1)
int(1)
int(2)
int(0)
__construct
bind
listen
accept
connect
recv
recvAll
send
sendAll
recvfrom
sendto
shutdown
close
setOption
getOption
getsockname
getpeername
enableCrypto
getPeerCertificate
getCryptoInfo
setTimeout
$fd: int, read-only
$errCode: int
$errMsg: string
fd of a new socket: a descriptor
int(0)
string(0) ""
array(3) {
  [0]=>
  string(2) "fd"
  [1]=>
  string(7) "errCode"
  [2]=>
  string(6) "errMsg"
}
Error: Cannot modify readonly property Study\Coroutine\Socket::$fd
Exception: Serialization of 'Study\Coroutine\Socket' is not allowed
domain 2, type 2: its own descriptor
domain 1, type 1: its own descriptor
domain 1, type 2: its own descriptor
bool(true)
int(-1)
