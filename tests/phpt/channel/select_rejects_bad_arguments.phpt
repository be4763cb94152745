--TEST--
Study\Coroutine\Channel::select() checks its arguments before doing anything: a $pop entry that is not a channel throws TypeError, a $push entry that is not a [channel, value] pair throws (TypeError or ValueError); no channel is touched by a rejected call
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(2);
$chan->push('kept');
$calls = [
    'string in $pop' => fn() => Channel::select([$chan, 'not a channel']),
    'object in $pop' => fn() => Channel::select([new stdClass()]),
    'null in $pop' => fn() => Channel::select([null], [], 0),
    'pair in $pop' => fn() => Channel::select([[$chan, 1]], [], 0),
];
foreach ($calls as $name => $call) {
    try {
        var_dump($call());
    } catch (TypeError $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$malformed = [
    'a channel, not a pair' => [$chan],
    'a value, not a pair' => ['x'],
    'pair without value' => [[$chan]],
    'not a channel first' => [['x', $chan]],
];
foreach ($malformed as $name => $push) {
    try {
        var_dump(Channel::select([], $push, 0));
    } catch (TypeError|ValueError $e) {
        echo "$name: TypeError or ValueError: ", $e->getMessage(), "\n";
    }
}
// Nothing was popped or pushed.
var_dump($chan->length(), $chan->pop(0), $chan->pop(0));
?>
--EXPECTF--
string in $pop: TypeError: %s
object in $pop: TypeError: %s
null in $pop: TypeError: %s
pair in $pop: TypeError: %s
a channel, not a pair: TypeError or ValueError: %s
a value, not a pair: TypeError or ValueError: %s
pair without value: TypeError or ValueError: %s
not a channel first: TypeError or ValueError: %s
int(1)
string(4) "kept"
bool(false)
