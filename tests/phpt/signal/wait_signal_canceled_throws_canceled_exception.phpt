--TEST--
Study\Coroutine\System::waitSignal(): Study\Coroutine::cancel() ends the wait with Study\Coroutine\CanceledException, as it ends sleep() and join() (calls without an errCode); the signal then has its usual effect again
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
use Study\Coroutine\System;

$waiter = Sgo(function () {
    try {
        System::waitSignal([SIGUSR1, SIGUSR2]);
        echo "not reached\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
});
var_dump(Sco::cancel($waiter));
Sco::join(Sco::list());
pcntl_signal(SIGUSR1, function () { echo "pcntl handler: SIGUSR1\n"; });
posix_kill(getmypid(), SIGUSR1);
pcntl_signal_dispatch();
echo "done\n";
?>
--EXPECT--
Study\Coroutine\CanceledException: Study\Coroutine\System::waitSignal(): coroutine 1 was canceled
bool(true)
pcntl handler: SIGUSR1
done
