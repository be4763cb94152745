--TEST--
Study\Coroutine\Channel: $capacity cannot be written, incremented, unset or taken by reference (Error "Cannot modify readonly property"), and keeps its value; $errCode is an ordinary property that the next push() or pop() sets again
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(3);
$attempts = [
    'assign' => function () use ($chan) { $chan->capacity = 10; },
    'increment' => function () use ($chan) { $chan->capacity++; },
    'unset' => function () use ($chan) { unset($chan->capacity); },
    'reference' => function () use ($chan) { $ref = &$chan->capacity; $ref = 10; },
];
foreach ($attempts as $name => $attempt) {
    try {
        $attempt();
        echo "$name: no error\n";
    } catch (Error $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($chan->capacity);
// The channel still holds 3 values.
var_dump($chan->push(1, 0), $chan->push(2, 0), $chan->push(3, 0), $chan->push(4, 0));

$chan->errCode = 42;
var_dump($chan->errCode);
var_dump($chan->pop(0));
var_dump($chan->errCode);
?>
--EXPECTF--
assign: Error: Cannot modify readonly property Study\Coroutine\Channel::$capacity
increment: Error: Cannot modify readonly property Study\Coroutine\Channel::$capacity
unset: Error: Cannot unset readonly property Study\Coroutine\Channel::$capacity
reference: Error: Cannot %r(indirectly )?%rmodify readonly property Study\Coroutine\Channel::$capacity
int(3)
bool(true)
bool(true)
bool(true)
bool(false)
int(42)
int(1)
int(0)
