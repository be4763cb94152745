--TEST--
Study\Coroutine\Channel::select() with pushes that cannot complete waits until one can: a pop that frees room in one of its channels takes the select's value in at once (FIFO, like a waiting push), and a pop from another of its channels does not push the select's value there too; a waiting pop on an unbuffered channel takes a select's push directly
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$a = new Channel(1);
$b = new Channel(1);
$a->push('a0');
$b->push('b0');
$selector = Sgo(function () use ($a, $b) {
    echo "selector: waits\n";
    $result = Channel::select([], ['a' => [$a, 'SA'], 'b' => [$b, 'SB']]);
    echo "selector: op {$result['op']}, key {$result['key']}, value ", var_export($result['value'], true), ", errCode {$result['errCode']}\n";
});
echo "waiting pushers: a ", $a->stats()['producer_num'], ", b ", $b->stats()['producer_num'], "\n";
Sgo(function () use ($a, $b) {
    var_dump($a->pop());
    echo "consumer: lengths a {$a->length()}, b {$b->length()}\n";
    var_dump($b->pop());
    echo "consumer: lengths a {$a->length()}, b {$b->length()}\n";
});
echo "waiting pushers: a ", $a->stats()['producer_num'], ", b ", $b->stats()['producer_num'], "\n";
Sco::join([$selector]);
var_dump($a->pop(0), $b->pop(0));

echo "-- unbuffered\n";
$u = new Channel(0);
$popper = Sgo(function () use ($u) {
    echo "popper: got " . $u->pop() . "\n";
});
$result = Channel::select([], ['u' => [$u, 'handed over'], 'a' => [$a, 'not this one']], 0);
echo "main: op {$result['op']}, key {$result['key']}, a empty ", var_export($a->isEmpty(), true), "\n";
Sco::join([$popper]);
$selector = Sgo(function () use ($u) {
    $result = Channel::select([], [[$u, 'to a later pop']]);
    echo "selector: op {$result['op']}, key {$result['key']}\n";
});
var_dump($u->pop());
Sco::join([$selector]);
?>
--EXPECT--
selector: waits
waiting pushers: a 1, b 1
string(2) "a0"
consumer: lengths a 1, b 1
string(2) "b0"
consumer: lengths a 1, b 0
waiting pushers: a 0, b 0
selector: op push, key a, value NULL, errCode 0
string(2) "SA"
bool(false)
-- unbuffered
main: op push, key u, a empty true
popper: got handed over
string(14) "to a later pop"
selector: op push, key 0
