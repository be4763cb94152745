--TEST--
Study\Coroutine\WaitGroup::wait() in the main script on a counter nothing will ever bring to 0: once everything else ran, the deadlock warning is reported at the wait, the coroutines left are destroyed (finally blocks run), the script ends there and shutdown functions run
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

register_shutdown_function(function () { echo "shutdown function, live ", count(Sco::list()), "\n"; });
$wg = new WaitGroup(2);
Sgo(function () use ($wg) {
    Sco::sleep(0.01);
    echo "worker: done\n";
    $wg->done();
});
Sgo(function () use ($wg) {
    try {
        $wg->wait();
    } finally {
        echo "other waiter: finally\n";
    }
});
echo "main: waits\n";
$wg->wait();
echo "main: not reached\n";
?>
--EXPECTF--
main: waits
worker: done

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
main script [wait group]
coroutine 2 [wait group in Study\Coroutine\WaitGroup->wait()]:
#0 %s(%d): Study\Coroutine\WaitGroup->wait()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(11): {coroutine 2, created by the main script}()
 in %s on line 19
other waiter: finally
shutdown function, live 0
