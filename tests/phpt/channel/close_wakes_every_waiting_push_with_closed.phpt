--TEST--
Study\Coroutine\Channel::close(): every push waiting on a full or unbuffered channel returns false with errCode CLOSED and its value is not in the channel (the pusher keeps it); the values queued before the close can still be popped, then pop() returns false with CLOSED
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class Value {
    public function __construct(public string $name) {}
    public function __destruct() { echo "{$this->name} released\n"; }
}

$full = new Channel(1);
$full->push('queued');
$unbuffered = new Channel(0);
$log = [];
foreach ([1, 2] as $i) {
    Sgo(function () use ($full, $i, &$log) {
        $value = new Value("value of pusher $i");
        $ok = $full->push($value);
        $log[] = "pusher $i: " . var_export($ok, true) . ", errCode {$full->errCode}, still has {$value->name}";
    });
}
Sgo(function () use ($unbuffered, &$log) {
    $ok = $unbuffered->push('unbuffered value', 5);
    $log[] = "unbuffered pusher: " . var_export($ok, true) . ", errCode {$unbuffered->errCode}";
});
echo "waiting pushers ", $full->stats()['producer_num'], " and ", $unbuffered->stats()['producer_num'], "\n";
var_dump($full->close(), $unbuffered->close());
echo "waiting pushers ", $full->stats()['producer_num'], " and ", $unbuffered->stats()['producer_num'], "\n";
Sco::join(Sco::list());
echo implode("\n", $log), "\n";
echo "length {$full->length()}\n";
var_dump($full->pop());
echo "errCode {$full->errCode}\n";
var_dump($full->pop());
echo "errCode {$full->errCode}\n";
var_dump($unbuffered->pop(0));
echo "errCode {$unbuffered->errCode}\n";
?>
--EXPECT--
waiting pushers 2 and 1
bool(true)
bool(true)
waiting pushers 0 and 0
value of pusher 1 released
value of pusher 2 released
pusher 1: false, errCode -2, still has value of pusher 1
pusher 2: false, errCode -2, still has value of pusher 2
unbuffered pusher: false, errCode -2
length 1
string(6) "queued"
errCode 0
bool(false)
errCode -2
bool(false)
errCode -2
