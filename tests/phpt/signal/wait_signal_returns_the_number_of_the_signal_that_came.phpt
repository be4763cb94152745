--TEST--
Study\Coroutine\System::waitSignal(): suspends only the calling coroutine until one of its signals comes, from this process or from another, and returns that signal's number; while it waits, the signal does not have its usual effect (SIGUSR1 would end the process)
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/signal.inc';
use Study\Coroutine\System;

// $waiting is the wait the waiter is in: it sets it just before the wait, and only a wait lets the sender run, so
// the sender sends each signal only once its wait has begun (a signal before it would end the process).
$waiting = 0;
Sgo(function () use (&$waiting) {
    echo "waiter: waits for SIGUSR1\n";
    $waiting = 1;
    var_dump(System::waitSignal(SIGUSR1) === SIGUSR1);
    echo "waiter: waits for SIGHUP or SIGUSR2\n";
    $waiting = 2;
    var_dump(System::waitSignal([SIGHUP, SIGUSR2, SIGHUP]) === SIGUSR2);
});
Sgo(function () use (&$waiting) {
    echo "sender: runs while the waiter waits\n";
    for ($i = 0; $waiting !== 1 && $i < 6000; $i++) {
        Sco::sleep(0.01);
    }
    posix_kill(getmypid(), SIGUSR1);
    echo "sender: sent SIGUSR1\n";
    for ($i = 0; $waiting !== 2 && $i < 6000; $i++) {
        Sco::sleep(0.01);
    }
    posix_kill(getmypid(), SIGUSR2);
    echo "sender: sent SIGUSR2\n";
});
Sco::join(Sco::list());

echo "-- from another process, while every coroutine waits\n";
$sender = signal_sender(SIGUSR1);
Sgo(function () use ($sender) {
    send_signal_now($sender);
    var_dump(System::waitSignal(SIGUSR1, 60) === SIGUSR1);
});
Sco::join(Sco::list());
sender_done($sender);
echo "done\n";
?>
--EXPECT--
waiter: waits for SIGUSR1
sender: runs while the waiter waits
sender: sent SIGUSR1
bool(true)
waiter: waits for SIGHUP or SIGUSR2
sender: sent SIGUSR2
bool(true)
-- from another process, while every coroutine waits
bool(true)
done
