--TEST--
Study\Coroutine\Channel: push() in the main script on a full channel blocks only the main script until a coroutine pops; the main script goes on once the popping coroutine suspends, with its value queued in order
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
Sgo(function () use ($chan) {
    for ($i = 0; $i < 4; $i++) {
        Sco::sleep(0.01);
        echo "consumer: popped " . $chan->pop() . "\n";
    }
});
for ($i = 0; $i < 4; $i++) {
    $ok = $chan->push($i);
    echo "main: pushed $i: ", var_export($ok, true), ", length {$chan->length()}\n";
}
echo "main: end\n";
?>
--EXPECT--
main: pushed 0: true, length 1
consumer: popped 0
main: pushed 1: true, length 1
consumer: popped 1
main: pushed 2: true, length 1
consumer: popped 2
main: pushed 3: true, length 1
main: end
consumer: popped 3
