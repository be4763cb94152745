--TEST--
Study\Coroutine\WaitGroup: the counter starts at the constructor's $delta (0 by default), add() adds its $delta (1 by default, may be negative), done() subtracts 1; wait() with the counter at 0 returns true at once, without suspending a coroutine
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup();
var_dump($wg->count(), $wg->wait());
var_dump((new WaitGroup(3))->count());
$wg->add();
$wg->add(4);
var_dump($wg->count());
$wg->add(-2);
var_dump($wg->count());
$wg->done();
$wg->done();
$wg->done();
var_dump($wg->count(), $wg->wait(), $wg->wait(0), $wg->wait(10));
Sgo(function () use ($wg) {
    var_dump($wg->wait());
    echo "coroutine: did not suspend\n";
});
echo "main: after Sgo\n";
?>
--EXPECT--
int(0)
bool(true)
int(3)
int(5)
int(3)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
coroutine: did not suspend
main: after Sgo
