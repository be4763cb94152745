--TEST--
Regression: two coroutines that keep waking each other through channels (a ping-pong that never lets the run queue
empty) do not starve timers: a timer that ends the ping-pong fires, and a sleeping coroutine wakes meanwhile
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$ping = new Channel(0);
$pong = new Channel(0);
$stop = false;
$rounds = 0;
Sgo(function () use ($ping, $pong, &$stop, &$rounds) {
    while (!$stop) {
        $ping->push(1);
        $pong->pop();
        $rounds++;
    }
    $ping->push(0);
});
Sgo(function () use ($ping, $pong) {
    while ($ping->pop()) {
        $pong->push(1);
    }
    echo "ponger done\n";
});
Sgo(function () use (&$rounds) {
    Sco::sleep(0.001);
    echo "sleeper woke during the ping-pong: ", $rounds > 0 ? "yes" : "no", "\n";
});
Study\Timer::after(0.02, function () use (&$stop) {
    $stop = true;
    echo "timer fired\n";
});
echo "main done\n";
?>
--EXPECT--
main done
sleeper woke during the ping-pong: yes
timer fired
ponger done
