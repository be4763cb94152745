--TEST--
Study\Coroutine::cancel() of a coroutine waiting in push() on a full or unbuffered channel: no exception, the push returns false with errCode CANCELED and its value is not in the channel (it is in exactly one place: the canceled pusher still owns it and releases it once); the channel holds what it held before
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
$pusher = Sgo(function () use ($full) {
    $value = new Value('v1');
    echo "pusher: waits\n";
    try {
        $ok = $full->push($value);
        echo "pusher: push returned ", var_export($ok, true), ", errCode {$full->errCode}, still owns {$value->name}\n";
    } catch (Throwable $e) {
        echo "pusher: must not throw ", get_class($e), "\n";
    }
});
echo "main: waiting pushers ", $full->stats()['producer_num'], "\n";
var_dump(Sco::cancel($pusher));
echo "main: waiting pushers ", $full->stats()['producer_num'], ", length {$full->length()}\n";
var_dump($full->pop(0));
var_dump($full->pop(0));
echo "errCode {$full->errCode}\n";

echo "-- unbuffered\n";
$unbuffered = new Channel(0);
$pusher = Sgo(function () use ($unbuffered) {
    $value = new Value('v2');
    $ok = $unbuffered->push($value, 10);
    echo "pusher: push returned ", var_export($ok, true), ", errCode {$unbuffered->errCode}\n";
});
var_dump(Sco::cancel($pusher));
var_dump($unbuffered->pop(0));
echo "errCode {$unbuffered->errCode}, waiting pushers ", $unbuffered->stats()['producer_num'], "\n";
echo "main: end\n";
?>
--EXPECT--
pusher: waits
main: waiting pushers 1
pusher: push returned false, errCode -3, still owns v1
v1 released
bool(true)
main: waiting pushers 0, length 1
string(6) "queued"
bool(false)
errCode -1
-- unbuffered
pusher: push returned false, errCode -3
v2 released
bool(true)
bool(false)
errCode -1, waiting pushers 0
main: end
