--TEST--
Study\Coroutine\Channel: a class of the study extension with the errCode constants OK, TIMEOUT, CLOSED and CANCELED, a read-only int $capacity (1 by default, 0 allowed) and an int $errCode that starts at OK
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$class = new ReflectionClass(Channel::class);
var_dump($class->getExtensionName(), $class->isFinal());
var_dump(Channel::OK, Channel::TIMEOUT, Channel::CLOSED, Channel::CANCELED);
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() ? " (static)" : "", $method->isPublic() ? "" : " NOT PUBLIC", "\n";
}
$capacity = new ReflectionProperty(Channel::class, 'capacity');
var_dump($capacity->isReadOnly(), (string) $capacity->getType());
$errCode = new ReflectionProperty(Channel::class, 'errCode');
var_dump($errCode->isReadOnly(), (string) $errCode->getType());

$chan = new Channel();
var_dump($chan->capacity, $chan->errCode);
var_dump((new Channel(0))->capacity, (new Channel(5))->capacity, (new Channel(capacity: 2))->capacity);
var_dump(get_object_vars($chan));
?>
--EXPECT--
string(5) "study"
bool(false)
int(0)
int(-1)
int(-2)
int(-3)
__construct
push
pop
close
length
isEmpty
isFull
isClosed
stats
select (static)
bool(true)
string(3) "int"
bool(false)
string(3) "int"
int(1)
int(0)
int(0)
int(5)
int(2)
array(2) {
  ["capacity"]=>
  int(1)
  ["errCode"]=>
  int(0)
}
