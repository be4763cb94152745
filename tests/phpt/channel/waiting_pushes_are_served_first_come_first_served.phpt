--TEST--
Study\Coroutine\Channel: pushes waiting on a full channel get in in the order they began to wait (FIFO): each pop takes the oldest value and the first waiting push takes the freed place at once, so a newcomer's push(x, 0) finds the channel full and cannot jump the line; the pushers then run in that order
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$chan->push('queued');
$log = [];
foreach ([1, 2, 3] as $i) {
    Sgo(function () use ($chan, $i, &$log) {
        $ok = $chan->push("from pusher $i");
        $log[] = "pusher $i: " . var_export($ok, true);
    });
}
echo "waiting pushers ", $chan->stats()['producer_num'], ", length ", $chan->length(), "\n";
var_dump($chan->pop());
echo "waiting pushers ", $chan->stats()['producer_num'], ", length ", $chan->length(), "\n";
// The freed place went to pusher 1, which came first.
var_dump($chan->push('newcomer', 0));
echo "errCode {$chan->errCode}\n";
var_dump($chan->pop(), $chan->pop(), $chan->pop());
var_dump($chan->pop(0));
Sco::join(Sco::list());
echo implode("\n", $log), "\n";
?>
--EXPECT--
waiting pushers 3, length 1
string(6) "queued"
waiting pushers 2, length 1
bool(false)
errCode -1
string(13) "from pusher 1"
string(13) "from pusher 2"
string(13) "from pusher 3"
bool(false)
pusher 1: true
pusher 2: true
pusher 3: true
