--TEST--
Study\Coroutine\Channel: a buffered channel takes up to $capacity values without waiting (in the main script and in a coroutine, which does not suspend) and pop() gives them back oldest first; length(), isEmpty() and isFull() follow the queue
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

function state(Channel $chan): string {
    return sprintf("length %d, empty %s, full %s", $chan->length(), var_export($chan->isEmpty(), true),
        var_export($chan->isFull(), true));
}

$chan = new Channel(3);
echo state($chan), "\n";
foreach (['a', 2, ['three']] as $value) {
    var_dump($chan->push($value));
    echo state($chan), "\n";
}
for ($i = 0; $i < 3; $i++) {
    var_dump($chan->pop());
    echo state($chan), "\n";
}

echo "--- in a coroutine\n";
Sgo(function () use ($chan) {
    foreach (['x', 'y', 'z'] as $value) {
        $chan->push($value);
        echo "coroutine: pushed $value\n";
    }
    echo "coroutine: ", state($chan), "\n";
});
echo "main: after Sgo\n";
Sgo(function () use ($chan) {
    while (!$chan->isEmpty()) {
        echo "coroutine: popped " . $chan->pop() . "\n";
    }
});
echo "main: end\n";
?>
--EXPECT--
length 0, empty true, full false
bool(true)
length 1, empty false, full false
bool(true)
length 2, empty false, full false
bool(true)
length 3, empty false, full true
string(1) "a"
length 2, empty false, full false
int(2)
length 1, empty false, full false
array(1) {
  [0]=>
  string(5) "three"
}
length 0, empty true, full false
--- in a coroutine
coroutine: pushed x
coroutine: pushed y
coroutine: pushed z
coroutine: length 3, empty false, full true
main: after Sgo
coroutine: popped x
coroutine: popped y
coroutine: popped z
main: end
