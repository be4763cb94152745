--TEST--
Study\Timer: each run of a callback is a new coroutine (Sco::getCid() > 0, a new id each time, created by the loop, not by the code that added the timer); the coroutine ends with the callback
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
// Added inside a coroutine: the callback still gets a coroutine of its own, whose parent is not the adder. (Added before
// the tick, with a shorter delay: it runs first however slow the run.)
$adder = Sgo(function () {
    Study\Timer::after(0.001, function () {
        echo "after: cid ", Sco::getCid(), ", parent ", Sco::getPcid(), "\n";
    });
    echo "adder: cid ", Sco::getCid(), "\n";
});
$cids = [];
$runs = 0;
$tick = Study\Timer::tick(0.005, function () use (&$cids, &$runs, &$tick) {
    $cids[] = [Sco::getCid(), Sco::getPcid()];
    if (++$runs === 4) {
        Study\Timer::clear($tick);
    }
});
echo "main: cid ", Sco::getCid(), "\n";
while ($runs < 4) {
    Sco::sleep(0.005);
}
echo "tick runs [cid, parent]: ", json_encode($cids), "\n";
echo "live: ", count(Sco::list()), "\n";
?>
--EXPECT--
adder: cid 3
main: cid -1
after: cid 4, parent -1
tick runs [cid, parent]: [[5,-1],[6,-1],[7,-1],[8,-1]]
live: 0
