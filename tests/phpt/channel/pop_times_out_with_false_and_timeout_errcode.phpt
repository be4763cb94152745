--TEST--
Study\Coroutine\Channel::pop() timeouts: 0 does not wait at all (false with errCode TIMEOUT at once, the coroutine does not suspend), a positive timeout waits that long and then returns false with TIMEOUT, a negative one waits as long as it takes; a value that comes in time is returned with OK
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
echo "-- 0: no wait\n";
var_dump($chan->pop(0));
echo "main: errCode {$chan->errCode}\n";
Sgo(function () use ($chan) {
    echo "coroutine: pop(0)\n";
    var_dump($chan->pop(0));
    echo "coroutine: errCode {$chan->errCode}, did not suspend\n";
});
echo "main: after Sgo\n";

echo "-- positive timeout that passes\n";
Sgo(function () use ($chan) {
    var_dump($chan->pop(0.01));
    echo "coroutine: timed out, errCode {$chan->errCode}\n";
});
echo "main: the coroutine waits\n";
Sco::join(Sco::list());
var_dump($chan->pop(0.01));
echo "main: timed out, errCode {$chan->errCode}\n";

echo "-- a value that comes before the timeout\n";
// The pusher's sleep starts before the pop's timeout, which is far longer.
Sgo(function () use ($chan) { Sco::sleep(0.01); $chan->push('in time'); });
var_dump($chan->pop(10));
echo "main: errCode {$chan->errCode}\n";

echo "-- negative: no limit\n";
Sgo(function () use ($chan) { Sco::sleep(0.02); $chan->push('late'); });
var_dump($chan->pop(-0.5));
echo "main: errCode {$chan->errCode}\n";
Sgo(function () use ($chan) { Sco::sleep(0.02); $chan->push('later'); });
var_dump($chan->pop(-1));

echo "-- 0 with a value queued returns it\n";
$chan->push('queued');
var_dump($chan->pop(0));
echo "main: errCode {$chan->errCode}\n";
?>
--EXPECT--
-- 0: no wait
bool(false)
main: errCode -1
coroutine: pop(0)
bool(false)
coroutine: errCode -1, did not suspend
main: after Sgo
-- positive timeout that passes
main: the coroutine waits
bool(false)
coroutine: timed out, errCode -1
bool(false)
main: timed out, errCode -1
-- a value that comes before the timeout
string(7) "in time"
main: errCode 0
-- negative: no limit
string(4) "late"
main: errCode 0
string(5) "later"
-- 0 with a value queued returns it
string(6) "queued"
main: errCode 0
