--TEST--
Study\Coroutine\WaitGroup: several coroutines waiting in wait() (with and without timeout) all wake with true when the counter reaches 0, in the order they began to wait; add() that does not reach 0 wakes nobody
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup(2);
foreach ([1, 2, 3] as $i) {
    Sgo(function () use ($wg, $i) {
        $ok = $i === 2 ? $wg->wait(10) : $wg->wait();
        echo "waiter $i: ", var_export($ok, true), "\n";
    });
}
Sgo(function () use ($wg) {
    Sco::sleep(0.01);
    echo "worker: done\n";
    $wg->done();
    Sco::sleep(0);
    echo "worker: add(3) and add(-3)\n";
    $wg->add(3);
    $wg->add(-3);
    Sco::sleep(0);
    echo "worker: done again\n";
    $wg->done();
});
echo "main: end\n";
?>
--EXPECT--
main: end
worker: done
worker: add(3) and add(-3)
worker: done again
waiter 1: true
waiter 2: true
waiter 3: true
