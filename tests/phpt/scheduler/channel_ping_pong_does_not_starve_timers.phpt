--TEST--
Regression: two coroutines that keep waking each other through channels (a ping-pong that never lets the run queue
empty) do not starve timers: a sleeping coroutine wakes while the ping-pong runs (and it goes on after), and a timer
that ends the ping-pong fires; if expiries were starved, the ping-pong gives up after 10 s and says so instead of
spinning for ever
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$ping = new Channel(0);
$pong = new Channel(0);
$stop = false;
$starved = false;
$rounds = 0;
$roundsWhenTheSleeperWoke = null;
$start = hrtime(true);
Sgo(function () use ($ping, $pong, &$stop, &$starved, &$rounds, $start) {
    while (!$stop) {
        if (hrtime(true) - $start > 10e9) {
            $starved = true;
            break;
        }
        $ping->push(1);
        $pong->pop();
        $rounds++;
    }
    $ping->push(0);
});
Sgo(function () use ($ping, $pong, &$starved, &$rounds, &$roundsWhenTheSleeperWoke) {
    while ($ping->pop()) {
        $pong->push(1);
    }
    echo "ponger done: the timer ", $starved ? "was STARVED (10 s without firing)" : "ended the ping-pong", "\n";
    echo "the ping-pong went on after the sleeper woke: ",
        $roundsWhenTheSleeperWoke !== null && $rounds > $roundsWhenTheSleeperWoke ? "yes" : "NO", "\n";
});
Sgo(function () use (&$stop, &$starved, &$rounds, &$roundsWhenTheSleeperWoke) {
    Sco::sleep(0.001);
    $roundsWhenTheSleeperWoke = $rounds;
    echo "sleeper woke while the ping-pong ran: ", !$stop && !$starved && $rounds > 0 ? "yes" : "NO", "\n";
});
Study\Timer::after(0.02, function () use (&$stop) {
    $stop = true;
    echo "timer fired\n";
});
echo "main done\n";
?>
--EXPECT--
main done
sleeper woke while the ping-pong ran: yes
timer fired
ponger done: the timer ended the ping-pong
the ping-pong went on after the sleeper woke: yes
