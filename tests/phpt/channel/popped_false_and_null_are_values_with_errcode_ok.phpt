--TEST--
Study\Coroutine\Channel: false, null, 0 and '' are values like any other; a pop() that returns a pushed false has errCode OK, so a consumer can tell it from a timeout (TIMEOUT) or the end of a closed channel (CLOSED)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(4);
foreach ([false, null, 0, ''] as $value) {
    $chan->push($value);
}
for ($i = 0; $i < 4; $i++) {
    var_dump($chan->pop(0));
    echo "errCode ", $chan->errCode, "\n";
}
var_dump($chan->pop(0));
echo "errCode ", $chan->errCode, " (TIMEOUT is ", Channel::TIMEOUT, ")\n";

// A consumer that stops only at the end of the channel, not at a false value.
$consumer = Sgo(function () use ($chan) {
    while (true) {
        $value = $chan->pop();
        if ($value === false && $chan->errCode !== Channel::OK) {
            echo "consumer: end, errCode ", $chan->errCode, "\n";
            break;
        }
        echo "consumer: got ", var_export($value, true), "\n";
    }
});
$chan->push(1);
$chan->push(false);
$chan->push(true);
$chan->close();
Sco::join([$consumer]);
?>
--EXPECT--
bool(false)
errCode 0
NULL
errCode 0
int(0)
errCode 0
string(0) ""
errCode 0
bool(false)
errCode -1 (TIMEOUT is -1)
consumer: got 1
consumer: got false
consumer: got true
consumer: end, errCode -2
