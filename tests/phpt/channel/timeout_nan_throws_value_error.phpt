--TEST--
Study\Coroutine\Channel: a NAN timeout of push(), pop() or select() throws ValueError without waiting or changing the channel; a timeout that is not a number throws TypeError
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$calls = [
    'push' => fn() => $chan->push('x', NAN),
    'pop' => fn() => $chan->pop(NAN),
    'select' => fn() => Channel::select([$chan], [], NAN),
    'pop("soon")' => fn() => $chan->pop("soon"),
];
foreach ($calls as $name => $call) {
    try {
        var_dump($call());
    } catch (ValueError|TypeError $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
Sgo(function () use ($chan) {
    try {
        $chan->pop(NAN);
    } catch (ValueError $e) {
        echo "in a coroutine: ", get_class($e), "\n";
    }
});
var_dump($chan->length(), $chan->push('y', 0), $chan->pop(0));
?>
--EXPECTF--
push: ValueError: Study\Coroutine\Channel::push(): Argument #2 ($timeout) %s
pop: ValueError: Study\Coroutine\Channel::pop(): Argument #1 ($timeout) %s
select: ValueError: Study\Coroutine\Channel::select(): Argument #3 ($timeout) %s
pop("soon"): TypeError: Study\Coroutine\Channel::pop(): Argument #1 ($timeout) must be of type float, string given
in a coroutine: ValueError
int(0)
bool(true)
string(1) "y"
