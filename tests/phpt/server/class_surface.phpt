--TEST--
Study\Coroutine\Server: a class of the study extension with read-only $host and $port, an int $errCode starting at 0 and a string $errMsg; set_handler() and its alias setHandler(), start() and shutdown(); it cannot be serialized
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Server;

$class = new ReflectionClass(Server::class);
var_dump($class->getExtensionName());
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() ? " (static)" : "", $method->isPublic() ? "" : " NOT PUBLIC", "\n";
}
foreach (['host', 'port', 'errCode', 'errMsg'] as $name) {
    $property = new ReflectionProperty(Server::class, $name);
    echo "\$$name: ", $property->getType(), $property->isReadOnly() ? ", read-only" : "", "\n";
}
$server = new Server('127.0.0.1', 0);
var_dump($server->host, $server->port > 0, $server->errCode, $server->errMsg);
try {
    $server->port = 80;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    serialize($server);
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($server->shutdown());
?>
--EXPECT--
string(5) "study"
__construct
set_handler
setHandler
start
shutdown
$host: string, read-only
$port: int, read-only
$errCode: int
$errMsg: string
string(9) "127.0.0.1"
bool(true)
int(0)
string(0) ""
Error: Cannot modify readonly property Study\Coroutine\Server::$port
Exception: Serialization of 'Study\Coroutine\Server' is not allowed
bool(true)
