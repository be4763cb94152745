--TEST--
Study\Coroutine\WaitGroup::wait() in a coroutine waits until the last worker's done() brought the counter to 0, and returns true; the WaitGroup can be used again after that
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup();
// Started in the order of their deadlines, so that they end in this order however slow the run is.
foreach ([0.01, 0.02, 0.03] as $i => $seconds) {
    $wg->add();
    Sgo(function () use ($wg, $i, $seconds) {
        Sco::sleep($seconds);
        echo "worker $i: done\n";
        $wg->done();
    });
}
Sgo(function () use ($wg) {
    echo "waiter: waits for ", $wg->count(), "\n";
    var_dump($wg->wait());
    echo "waiter: counter ", $wg->count(), "\n";

    // Again, with the same WaitGroup.
    $wg->add(2);
    Sgo(function () use ($wg) { Sco::sleep(0.01); $wg->done(); $wg->done(); echo "second round: done twice\n"; });
    var_dump($wg->wait());
    echo "waiter: second round over\n";
});
echo "main: end\n";
?>
--EXPECT--
waiter: waits for 3
main: end
worker 0: done
worker 1: done
worker 2: done
bool(true)
waiter: counter 0
second round: done twice
bool(true)
waiter: second round over
