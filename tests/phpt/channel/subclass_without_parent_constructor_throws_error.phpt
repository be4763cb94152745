--TEST--
Study\Coroutine\Channel: a subclass whose constructor does not call parent::__construct(), or an instance made without its constructor, is not a usable channel: every method and select() throw Error with a clear message instead of crashing; a subclass that calls the parent constructor works normally
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class Forgetful extends Channel {
    public function __construct(public string $name = 'forgetful') {}
}
class Careful extends Channel {
    public function __construct(public string $name, int $capacity) { parent::__construct($capacity); }
}

$calls = [
    'push' => fn(Channel $c) => $c->push(1),
    'push(x, 0)' => fn(Channel $c) => $c->push(1, 0),
    'pop' => fn(Channel $c) => $c->pop(),
    'pop(0)' => fn(Channel $c) => $c->pop(0),
    'close' => fn(Channel $c) => $c->close(),
    'length' => fn(Channel $c) => $c->length(),
    'isEmpty' => fn(Channel $c) => $c->isEmpty(),
    'isFull' => fn(Channel $c) => $c->isFull(),
    'isClosed' => fn(Channel $c) => $c->isClosed(),
    'stats' => fn(Channel $c) => $c->stats(),
    'select pop' => fn(Channel $c) => Channel::select([$c], [], 0),
    'select push' => fn(Channel $c) => Channel::select([], [[$c, 1]], 0),
];
$broken = [new Forgetful(), (new ReflectionClass(Channel::class))->newInstanceWithoutConstructor()];
foreach ($broken as $chan) {
    echo "-- ", get_class($chan), "\n";
    foreach ($calls as $name => $call) {
        try {
            $call($chan);
            echo "$name: no error\n";
        } catch (Error $e) {
            echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    try {
        var_dump($chan->capacity);
    } catch (Error $e) {
        echo "capacity: ", $e->getMessage(), "\n";
    }
}
// Also in a coroutine.
Sgo(function () use ($broken) {
    try {
        $broken[0]->pop();
    } catch (Error $e) {
        echo "in a coroutine: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
});

echo "-- a subclass that calls the parent constructor\n";
$careful = new Careful('careful', 2);
var_dump($careful->capacity, $careful->push('a'), $careful->pop(), $careful->name);
?>
--EXPECTF--
-- Forgetful
push: %r(Study\\Coroutine\\)?%rError: %sconstruct%s
push(x, 0): %r(Study\\Coroutine\\)?%rError: %s
pop: %r(Study\\Coroutine\\)?%rError: %s
pop(0): %r(Study\\Coroutine\\)?%rError: %s
close: %r(Study\\Coroutine\\)?%rError: %s
length: %r(Study\\Coroutine\\)?%rError: %s
isEmpty: %r(Study\\Coroutine\\)?%rError: %s
isFull: %r(Study\\Coroutine\\)?%rError: %s
isClosed: %r(Study\\Coroutine\\)?%rError: %s
stats: %r(Study\\Coroutine\\)?%rError: %s
select pop: %r(Study\\Coroutine\\)?%rError: %s
select push: %r(Study\\Coroutine\\)?%rError: %s
capacity: Typed property Study\Coroutine\Channel::$capacity must not be accessed before initialization
-- Study\Coroutine\Channel
push: %r(Study\\Coroutine\\)?%rError: %sconstruct%s
push(x, 0): %r(Study\\Coroutine\\)?%rError: %s
pop: %r(Study\\Coroutine\\)?%rError: %s
pop(0): %r(Study\\Coroutine\\)?%rError: %s
close: %r(Study\\Coroutine\\)?%rError: %s
length: %r(Study\\Coroutine\\)?%rError: %s
isEmpty: %r(Study\\Coroutine\\)?%rError: %s
isFull: %r(Study\\Coroutine\\)?%rError: %s
isClosed: %r(Study\\Coroutine\\)?%rError: %s
stats: %r(Study\\Coroutine\\)?%rError: %s
select pop: %r(Study\\Coroutine\\)?%rError: %s
select push: %r(Study\\Coroutine\\)?%rError: %s
capacity: Typed property Study\Coroutine\Channel::$capacity must not be accessed before initialization
in a coroutine: %r(Study\\Coroutine\\)?%rError: %s
-- a subclass that calls the parent constructor
int(2)
bool(true)
string(1) "a"
string(7) "careful"
