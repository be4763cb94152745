--TEST--
Study\Coroutine\Channel::select() timeouts: 0 only checks (false at once when nothing is ready, without suspending), a positive timeout returns false once it passed, in a coroutine and in the main script; after a timeout the select is no longer waiting in any channel: a later push stays queued, a later pop does not get the select's value; a select that completes in time returns its result
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$a = new Channel(1);
$b = new Channel(1);
$full = new Channel(1);
$full->push('queued');

echo "-- 0\n";
var_dump(Channel::select([$a, $b], [[$full, 'x']], 0));
Sgo(function () use ($a, $b) {
    var_dump(Channel::select([$a, $b], [], 0));
    echo "coroutine: did not suspend\n";
});
echo "main: after Sgo\n";

echo "-- positive\n";
Sgo(function () use ($a, $b, $full) {
    var_dump(Channel::select([$a, $b], [[$full, 'from the select']], 0.01));
    echo "coroutine: timed out\n";
});
echo "main: waiting poppers ", $a->stats()['consumer_num'], ", waiting pushers ", $full->stats()['producer_num'], "\n";
Sco::join(Sco::list());
var_dump(Channel::select([$a], [[$full, 'from the main select']], 0.01));
$a_stats = $a->stats();
echo "after the timeouts: waiting poppers {$a_stats['consumer_num']}, waiting pushers ", $full->stats()['producer_num'], "\n";
var_dump($a->push('stays'), $a->length(), $a->pop(0));
var_dump($full->pop(0), $full->pop(0));

echo "-- completes in time\n";
Sgo(function () use ($b) { Sco::sleep(0.01); $b->push('in time'); });
$result = Channel::select([$a, $b], [], 10);
echo "main: key {$result['key']}, value {$result['value']}\n";
var_dump($a->length(), $b->length());
?>
--EXPECT--
-- 0
bool(false)
bool(false)
coroutine: did not suspend
main: after Sgo
-- positive
main: waiting poppers 1, waiting pushers 1
bool(false)
coroutine: timed out
bool(false)
after the timeouts: waiting poppers 0, waiting pushers 0
bool(true)
int(1)
string(5) "stays"
string(6) "queued"
bool(false)
-- completes in time
main: key 1, value in time
int(0)
int(0)
