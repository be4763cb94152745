--TEST--
Regression: a pop() that timed out is no longer a waiting consumer. A later push goes to the next waiting pop, or, with none, stays in the channel (length 1) instead of being handed to the pop that gave up and lost; the same for an unbuffered channel, and for a push and a timeout due at the same moment the value ends up in exactly one place
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
echo "-- a timed-out pop ahead of a patient one\n";
$late = Sgo(function () use ($chan) {
    var_dump($chan->pop(0.01));
    echo "timed out: errCode {$chan->errCode}\n";
});
$patient = Sgo(function () use ($chan) {
    echo "patient: got " . $chan->pop() . "\n";
});
Sco::join([$late]);
echo "waiting poppers ", $chan->stats()['consumer_num'], "\n";
var_dump($chan->push('for the patient one'));
echo "length ", $chan->length(), "\n";
Sco::join([$patient]);

echo "-- nobody waits any more: the push stays in the channel\n";
Sco::join([Sgo(function () use ($chan) { var_dump($chan->pop(0.01)); })]);
var_dump($chan->pop(0.01));
var_dump($chan->push('kept'));
echo "length ", $chan->length(), ", waiting poppers ", $chan->stats()['consumer_num'], "\n";
var_dump($chan->pop(0));

echo "-- unbuffered\n";
$unbuffered = new Channel(0);
Sco::join([Sgo(function () use ($unbuffered) { var_dump($unbuffered->pop(0.01)); })]);
var_dump($unbuffered->push('nobody takes it', 0));
echo "errCode {$unbuffered->errCode}\n";
Sco::join([Sgo(function () use ($unbuffered) { var_dump($unbuffered->push('given up', 0.01)); })]);
echo "waiting pushers ", $unbuffered->stats()['producer_num'], "\n";
var_dump($unbuffered->pop(0));
echo "errCode {$unbuffered->errCode}\n";

echo "-- a push and a pop timeout due at the same moment\n";
$raced = new Channel(1);
$got = null;
// The pusher's sleep starts first, so it is due first or together with the timeout.
Sgo(function () use ($raced) { Sco::sleep(0.02); $raced->push('raced'); });
Sgo(function () use ($raced, &$got) { $got = $raced->pop(0.02); });
Sco::join(Sco::list());
$places = ($got === 'raced' ? 1 : 0) + $raced->length();
echo $places === 1 ? "the value is in exactly one place\n"
    : "lost or duplicated: pop got " . var_export($got, true) . ", length " . $raced->length() . "\n";
?>
--EXPECT--
-- a timed-out pop ahead of a patient one
bool(false)
timed out: errCode -1
waiting poppers 1
bool(true)
length 0
patient: got for the patient one
-- nobody waits any more: the push stays in the channel
bool(false)
bool(false)
bool(true)
length 1, waiting poppers 0
string(4) "kept"
-- unbuffered
bool(false)
bool(false)
errCode -1
bool(false)
waiting pushers 0
bool(false)
errCode -1
-- a push and a pop timeout due at the same moment
the value is in exactly one place
