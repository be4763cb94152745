--TEST--
Study\Coroutine\Channel::push() timeouts on a full channel: 0 does not wait at all (false with errCode TIMEOUT at once), a positive timeout waits that long and then returns false with TIMEOUT; a failed push leaves nothing in the channel; room that appears in time lets the push complete with OK
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
var_dump($chan->push('first', 0));
echo "errCode {$chan->errCode}\n";
echo "-- 0: no wait\n";
var_dump($chan->push('second', 0));
echo "errCode {$chan->errCode}, length {$chan->length()}\n";
Sgo(function () use ($chan) {
    var_dump($chan->push('third', 0));
    echo "coroutine: errCode {$chan->errCode}, did not suspend\n";
});
echo "main: after Sgo\n";

echo "-- positive timeout that passes\n";
Sgo(function () use ($chan) {
    var_dump($chan->push('fourth', 0.01));
    echo "coroutine: timed out, errCode {$chan->errCode}\n";
});
echo "main: the coroutine waits, waiting pushers ", $chan->stats()['producer_num'], "\n";
Sco::join(Sco::list());
echo "main: waiting pushers ", $chan->stats()['producer_num'], "\n";
var_dump($chan->push('fifth', 0.01));
echo "main: timed out, errCode {$chan->errCode}\n";

echo "-- none of the failed pushes is in the channel\n";
var_dump($chan->pop(0), $chan->pop(0));

echo "-- room that appears before the timeout\n";
$chan->push('a');
Sgo(function () use ($chan) {
    Sco::sleep(0.01);
    echo "consumer: pops " . $chan->pop() . "\n";
});
var_dump($chan->push('b', 10));
echo "main: errCode {$chan->errCode}\n";
var_dump($chan->pop(0));
?>
--EXPECT--
bool(true)
errCode 0
-- 0: no wait
bool(false)
errCode -1, length 1
bool(false)
coroutine: errCode -1, did not suspend
main: after Sgo
-- positive timeout that passes
main: the coroutine waits, waiting pushers 1
bool(false)
coroutine: timed out, errCode -1
main: waiting pushers 0
bool(false)
main: timed out, errCode -1
-- none of the failed pushes is in the channel
string(5) "first"
bool(false)
-- room that appears before the timeout
consumer: pops a
bool(true)
main: errCode 0
string(1) "b"
