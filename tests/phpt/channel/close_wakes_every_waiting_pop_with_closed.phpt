--TEST--
Study\Coroutine\Channel::close(): true the first time, false after; it wakes every waiting pop (with or without timeout, in coroutines and in the main script) with false and errCode CLOSED; afterwards pop() and push() return false with CLOSED at once, whatever their timeout, and push() queues nothing
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$log = [];
foreach ([1, 2, 3] as $i) {
    Sgo(function () use ($chan, $i, &$log) {
        $value = $i === 3 ? $chan->pop(10) : $chan->pop();
        $log[] = "popper $i: " . var_export($value, true) . ", errCode " . $chan->errCode;
    });
}
echo "waiting poppers ", $chan->stats()['consumer_num'], ", closed ", var_export($chan->isClosed(), true), "\n";
var_dump($chan->close());
echo "waiting poppers ", $chan->stats()['consumer_num'], ", closed ", var_export($chan->isClosed(), true), "\n";
var_dump($chan->close());
Sco::join(Sco::list());
echo implode("\n", $log), "\n";

echo "-- closed: nothing waits\n";
foreach ([-1, 0, 10] as $timeout) {
    var_dump($chan->pop($timeout));
    echo "errCode {$chan->errCode}\n";
}
foreach ([-1, 0, 10] as $timeout) {
    var_dump($chan->push('x', $timeout));
    echo "errCode {$chan->errCode}, length {$chan->length()}\n";
}
Sgo(function () use ($chan) {
    var_dump($chan->pop(), $chan->push('y'));
    echo "coroutine: errCode {$chan->errCode}, did not suspend\n";
});
echo "main: after Sgo\n";

echo "-- the main script waiting in pop()\n";
$other = new Channel(0);
Sgo(function () use ($other) {
    Sco::sleep(0.01);
    echo "closer: closes\n";
    var_dump($other->close());
});
var_dump($other->pop());
echo "main: errCode {$other->errCode}\n";
?>
--EXPECT--
waiting poppers 3, closed false
bool(true)
waiting poppers 0, closed true
bool(false)
popper 1: false, errCode -2
popper 2: false, errCode -2
popper 3: false, errCode -2
-- closed: nothing waits
bool(false)
errCode -2
bool(false)
errCode -2
bool(false)
errCode -2
bool(false)
errCode -2, length 0
bool(false)
errCode -2, length 0
bool(false)
errCode -2, length 0
bool(false)
bool(false)
coroutine: errCode -2, did not suspend
main: after Sgo
-- the main script waiting in pop()
closer: closes
bool(true)
bool(false)
main: errCode -2
