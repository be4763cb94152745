--TEST--
Study\Coroutine\Channel::select() with a pop and a push on the same unbuffered channel cannot complete with itself (as in Go): with nobody else on the channel it times out; a select that pops and another that pushes on an unbuffered channel complete together
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$u = new Channel(0);
var_dump(Channel::select([$u], [[$u, 'to myself']], 0));
var_dump(Channel::select([$u], [[$u, 'to myself']], 0.01));
$stats = $u->stats();
echo "waiting: poppers {$stats['consumer_num']}, pushers {$stats['producer_num']}\n";

Sgo(function () use ($u) {
    $result = Channel::select(['in' => $u]);
    echo "A: op {$result['op']}, key {$result['key']}, value {$result['value']}\n";
});
Sgo(function () use ($u) {
    $result = Channel::select([], ['out' => [$u, 'from B']]);
    echo "B: op {$result['op']}, key {$result['key']}\n";
});
Sco::join(Sco::list());

// One select that both pops and pushes meets another such select.
$x = Sgo(function () use ($u) {
    $result = Channel::select([$u], [[$u, 'from X']]);
    echo "X: op {$result['op']}, value ", var_export($result['value'], true), "\n";
});
$y = Sgo(function () use ($u) {
    $result = Channel::select([$u], [[$u, 'from Y']]);
    echo "Y: op {$result['op']}, value ", var_export($result['value'], true), "\n";
});
Sco::join([$x, $y]);
?>
--EXPECT--
bool(false)
bool(false)
waiting: poppers 0, pushers 0
B: op push, key out
A: op pop, key in, value from B
Y: op pop, value 'from X'
X: op push, value NULL
