--TEST--
Study\Coroutine\System::waitSignal() inside a pcntl signal handler, where PHP forbids switching fibers (pcntl_signal_dispatch() blocks it), throws Study\Coroutine\Error as every wait that cannot block does there
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
pcntl_signal(SIGUSR1, function () {
    try {
        Study\Coroutine\System::waitSignal(SIGUSR2, 1);
    } catch (Study\Coroutine\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
});
posix_kill(getmypid(), SIGUSR1);
pcntl_signal_dispatch();
Sgo(function () {
    posix_kill(getmypid(), SIGUSR1);
    Sco::sleep(0.01);   // the loop runs the handler, from the main context
});
echo "done\n";
?>
--EXPECT--
Study\Coroutine\Error: Study\Coroutine\System::waitSignal(): cannot switch coroutines here (PHP forbids it while a destructor runs, before PHP 8.4, and while a pcntl signal handler runs); do it outside __destruct() or the handler
done
Study\Coroutine\Error: Study\Coroutine\System::waitSignal(): cannot switch coroutines here (PHP forbids it while a destructor runs, before PHP 8.4, and while a pcntl signal handler runs); do it outside __destruct() or the handler
