--TEST--
Study\Coroutine\Channel: a push while a pop waits gives the value straight to that pop (direct hand-off): the value never takes a place in the buffer (length stays 0, so a full capacity is still free) and a pop that comes after the push cannot take it
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$popper = Sgo(function () use ($chan) {
    echo "popper: waits\n";
    $value = $chan->pop();
    echo "popper: got $value, errCode {$chan->errCode}\n";
});
echo "waiting poppers ", $chan->stats()['consumer_num'], "\n";
var_dump($chan->push('a'));
$stats = $chan->stats();
echo "after handing a: length {$chan->length()}, waiting poppers {$stats['consumer_num']}, queued {$stats['queue_num']}\n";
// 'a' belongs to the waiting pop already.
var_dump($chan->pop(0));
// The one place of the buffer is still free.
var_dump($chan->push('b', 0));
echo "length {$chan->length()}\n";
Sco::join([$popper]);
var_dump($chan->pop(0));

echo "-- from coroutine to coroutine\n";
$popper = Sgo(function () use ($chan) {
    echo "popper: got " . $chan->pop() . "\n";
});
Sgo(function () use ($chan) {
    var_dump($chan->push('c'));
    echo "pusher: length after the push ", $chan->length(), "\n";
    var_dump($chan->push('d', 0));
    echo "pusher: length ", $chan->length(), "\n";
});
Sco::join([$popper]);
var_dump($chan->pop(0));
?>
--EXPECT--
popper: waits
waiting poppers 1
bool(true)
after handing a: length 0, waiting poppers 0, queued 0
bool(false)
bool(true)
length 1
popper: got a, errCode 0
string(1) "b"
-- from coroutine to coroutine
bool(true)
pusher: length after the push 0
bool(true)
pusher: length 1
popper: got c
string(1) "d"
