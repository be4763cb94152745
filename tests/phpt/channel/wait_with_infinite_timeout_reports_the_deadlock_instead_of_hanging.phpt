--TEST--
Regression: a wait whose timeout is INF or beyond a year is no limit, as -1 is: a wait nothing can end is reported as a deadlock instead of keeping the loop alive forever (found by the PHP-level fuzzer)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Channel, WaitGroup};

$chan = new Channel(0);
Sgo(function () use ($chan) {
    echo "pop: waits\n";
    $chan->pop(INF);
    echo "pop: not reached\n";
});
$wg = new WaitGroup();
$wg->add();
Sgo(function () use ($wg) {
    echo "wait: waits\n";
    $wg->wait(400 * 24 * 3600.0);
    echo "wait: not reached\n";
});
$other = Sgo(function () { Sco::yield(); });
Sgo(function () use ($other) {
    echo "join: waits\n";
    Sco::join([$other], INF);
    echo "join: not reached\n";
});
echo "main: end\n";
?>
--EXPECTF--
pop: waits
wait: waits
join: waits
main: end

Warning: all coroutines are asleep - deadlock: 4 coroutines can never be resumed %A
