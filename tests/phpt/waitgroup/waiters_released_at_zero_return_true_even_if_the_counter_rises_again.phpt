--TEST--
Study\Coroutine\WaitGroup: the waiters released when the counter reaches 0 return true even when add() raises the counter again before they run (as Go's sync.WaitGroup); a later wait() waits for the new count
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup(1);
$waiter = Sgo(function () use ($wg) {
    var_dump($wg->wait());
    echo "waiter: released, counter now ", $wg->count(), "\n";
    var_dump($wg->wait(0));
});
$wg->done();
$wg->add(1);
echo "main: counter ", $wg->count(), "\n";
Sco::join([$waiter]);
Sgo(function () use ($wg) { Sco::sleep(0.01); $wg->done(); });
var_dump($wg->wait());
?>
--EXPECT--
main: counter 1
bool(true)
waiter: released, counter now 1
bool(false)
bool(true)
