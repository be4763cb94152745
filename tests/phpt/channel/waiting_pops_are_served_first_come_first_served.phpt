--TEST--
Study\Coroutine\Channel: pops waiting on an empty channel get the values in the order they began to wait (FIFO), and run in that order; a pop with a timeout that does not pass keeps its place in the line
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(2);
$log = [];
foreach ([1, 2, 3, 4] as $i) {
    Sgo(function () use ($chan, $i, &$log) {
        // Popper 2 has a timeout far longer than the test.
        $value = $i === 2 ? $chan->pop(10) : $chan->pop();
        $log[] = "popper $i got $value";
    });
}
echo "waiting poppers ", $chan->stats()['consumer_num'], "\n";
foreach (['a', 'b', 'c', 'd'] as $value) {
    $chan->push($value);
}
echo "after four pushes: length {$chan->length()}, waiting poppers ", $chan->stats()['consumer_num'], "\n";
// Every value went to a waiting pop.
var_dump($chan->pop(0));
Sco::join(Sco::list());
echo implode("\n", $log), "\n";
?>
--EXPECT--
waiting poppers 4
after four pushes: length 0, waiting poppers 0
bool(false)
popper 1 got a
popper 2 got b
popper 3 got c
popper 4 got d
