--TEST--
Study\Coroutine\Channel(0) is unbuffered (Go's rendezvous): a push waits, holding its value (length 0, one waiting producer), until a pop takes it; the pusher goes on only after the pop began; pop(0) takes the value of a waiting push at once, push(x, 0) with no waiting pop fails at once
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(0);
$popped = [];
Sgo(function () use ($chan) {
    foreach (['v1', 'v2'] as $value) {
        echo "pusher: pushes $value\n";
        $ok = $chan->push($value);
        echo "pusher: push of $value returned ", var_export($ok, true), "\n";
    }
});
$stats = $chan->stats();
echo "main: length {$chan->length()}, waiting pushers {$stats['producer_num']}, queued {$stats['queue_num']}\n";
Sgo(function () use ($chan, &$popped) {
    for ($i = 1; $i <= 2; $i++) {
        Sco::sleep(0.01);
        echo "popper: pops\n";
        $popped[] = $chan->pop();
    }
});
echo "main: waits\n";
Sco::join(Sco::list());
echo "main: popped ", implode(', ', $popped), "\n";

echo "-- no wait\n";
var_dump($chan->push('nobody waits', 0));
echo "errCode {$chan->errCode}\n";
var_dump($chan->pop(0));
echo "errCode {$chan->errCode}\n";
$pusher = Sgo(function () use ($chan) {
    var_dump($chan->push('taken by pop(0)'));
    echo "pusher: done\n";
});
var_dump($chan->pop(0));
echo "errCode {$chan->errCode}, waiting pushers ", $chan->stats()['producer_num'], "\n";
Sco::join([$pusher]);
$popper = Sgo(function () use ($chan) {
    echo "popper: got " . $chan->pop() . "\n";
});
var_dump($chan->push('given by push(x, 0)', 0));
echo "errCode {$chan->errCode}, waiting poppers ", $chan->stats()['consumer_num'], "\n";
Sco::join([$popper]);
?>
--EXPECT--
pusher: pushes v1
main: length 0, waiting pushers 1, queued 0
main: waits
popper: pops
pusher: push of v1 returned true
pusher: pushes v2
popper: pops
pusher: push of v2 returned true
main: popped v1, v2
-- no wait
bool(false)
errCode -1
bool(false)
errCode -1
string(15) "taken by pop(0)"
errCode 0, waiting pushers 0
bool(true)
pusher: done
bool(true)
errCode 0, waiting poppers 0
popper: got given by push(x, 0)
