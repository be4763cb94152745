--TEST--
Study\Coroutine\Channel: after close() the values already queued are still popped in order with errCode OK (length, isEmpty and stats follow), then pop() returns false with CLOSED; a consumer loop drains the channel and stops at the end
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(3);
$chan->push('one');
$chan->push('two');
$chan->push('three');
var_dump($chan->close());
var_dump($chan->isClosed(), $chan->isFull(), $chan->length());
echo "queued ", $chan->stats()['queue_num'], "\n";
var_dump($chan->pop());
echo "errCode {$chan->errCode}, length {$chan->length()}\n";

$consumer = Sgo(function () use ($chan) {
    while (($value = $chan->pop()) !== false) {
        echo "consumer: $value, errCode {$chan->errCode}\n";
    }
    echo "consumer: end, errCode {$chan->errCode}, empty ", var_export($chan->isEmpty(), true), "\n";
});
echo "main: after Sgo\n";
var_dump($chan->pop(0));
echo "errCode {$chan->errCode}\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(3)
queued 3
string(3) "one"
errCode 0, length 2
consumer: two, errCode 0
consumer: three, errCode 0
consumer: end, errCode -2, empty true
main: after Sgo
bool(false)
errCode -2
