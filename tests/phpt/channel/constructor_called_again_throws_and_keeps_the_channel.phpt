--TEST--
Study\Coroutine\Channel: calling __construct() again on a channel in use throws Error (its capacity is read-only and set already) and leaves the channel as it was: same capacity, queued values and waiting pops kept
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(2);
$chan->push('a');
$chan->push('b');
try {
    $chan->__construct(5);
    echo "no error\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($chan->capacity, $chan->length(), $chan->pop(), $chan->pop());

$popper = Sgo(function () use ($chan) { echo "popper: got " . $chan->pop() . "\n"; });
try {
    $chan->__construct(0);
} catch (Error $e) {
    echo get_class($e), "\n";
}
echo "waiting poppers ", $chan->stats()['consumer_num'], "\n";
$chan->push('c');
Sco::join([$popper]);
?>
--EXPECTF--
%r(Study\\Coroutine\\)?%rError: %s
int(2)
int(2)
string(1) "a"
string(1) "b"
%r(Study\\Coroutine\\)?%rError
waiting poppers 1
popper: got c
