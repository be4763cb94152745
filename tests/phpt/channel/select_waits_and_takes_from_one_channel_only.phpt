--TEST--
Study\Coroutine\Channel::select() with nothing ready waits until one operation can complete and does only that one: a push to one of its channels hands the value to the select, and pushes that come right after (to the same or another of its channels) stay queued in those channels; it no longer counts as a waiting consumer of any of them
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$a = new Channel(1);
$b = new Channel(1);
$selector = Sgo(function () use ($a, $b) {
    echo "selector: waits\n";
    $result = Channel::select(['a' => $a, 'b' => $b]);
    echo "selector: op {$result['op']}, key {$result['key']}, value {$result['value']}, errCode {$result['errCode']}, same channel ",
        var_export($result['channel'] === $b, true), "\n";
});
echo "waiting poppers: a ", $a->stats()['consumer_num'], ", b ", $b->stats()['consumer_num'], "\n";
Sgo(function () use ($a, $b) {
    // Without suspending in between.
    var_dump($b->push('B1'));
    var_dump($a->push('A1', 0));
    var_dump($b->push('B2', 0));
    echo "producer: lengths a {$a->length()}, b {$b->length()}\n";
});
echo "waiting poppers: a ", $a->stats()['consumer_num'], ", b ", $b->stats()['consumer_num'], "\n";
Sco::join([$selector]);
var_dump($a->pop(0), $b->pop(0), $a->pop(0), $b->pop(0));

echo "-- unbuffered channels\n";
$u1 = new Channel(0);
$u2 = new Channel(0);
$selector = Sgo(function () use ($u1, $u2) {
    $result = Channel::select([$u1, $u2]);
    echo "selector: key {$result['key']}, value {$result['value']}\n";
});
$pusher = Sgo(function () use ($u2) {
    var_dump($u2->push('U2'));
    echo "pusher: done\n";
});
// The select took U2; nothing waits for this one.
var_dump($u1->push('U1', 0));
Sco::join([$selector, $pusher]);
// A select pop with a push waiting on an unbuffered channel completes at once.
$pusher = Sgo(function () use ($u1) {
    var_dump($u1->push('waiting push'));
});
$result = Channel::select([$u2, $u1], [], 0);
echo "main: key {$result['key']}, value {$result['value']}\n";
Sco::join([$pusher]);
?>
--EXPECT--
selector: waits
waiting poppers: a 1, b 1
bool(true)
bool(true)
bool(true)
producer: lengths a 1, b 1
waiting poppers: a 0, b 0
selector: op pop, key b, value B1, errCode 0, same channel true
string(2) "A1"
string(2) "B2"
bool(false)
bool(false)
-- unbuffered channels
bool(true)
pusher: done
bool(false)
selector: key 1, value U2
main: key 1, value waiting push
bool(true)
