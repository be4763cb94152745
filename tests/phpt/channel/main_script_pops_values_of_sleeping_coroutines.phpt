--TEST--
Study\Coroutine\Channel: pop() in the main script blocks only the main script: the loop runs meanwhile, so coroutines that sleep and then push deliver their values to it in the order of their sleeps, and other coroutines and timers go on
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(2);
$ticks = 0;
// Started in the order of their deadlines (the timer first), so that the order holds however slow the run is.
Study\Timer::after(0.001, function () use (&$ticks) { $ticks++; });
foreach ([0.01, 0.02, 0.03] as $i => $seconds) {
    Sgo(function () use ($chan, $i, $seconds) {
        Sco::sleep($seconds);
        $chan->push("value $i");
    });
}
echo "main: pops\n";
for ($i = 0; $i < 3; $i++) {
    $value = $chan->pop();
    echo "main: popped $value, errCode {$chan->errCode}\n";
}
echo "main: the timer ran ", $ticks, " time\n";
echo "main: live coroutines ", count(Sco::list()), "\n";
?>
--EXPECT--
main: pops
main: popped value 0, errCode 0
main: popped value 1, errCode 0
main: popped value 2, errCode 0
main: the timer ran 1 time
main: live coroutines 0
