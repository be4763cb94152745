--TEST--
Study\Coroutine\System::waitSignal() in the main script: it runs the loop while it waits, so coroutines go on; with no coroutine and no timer left it still waits (a signal can come), instead of reporting a deadlock
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

Sgo(function () {
    for ($i = 1; $i <= 3; $i++) {
        Sco::sleep(0.01);
        echo "ticker: $i\n";
    }
    posix_kill(getmypid(), SIGUSR1);
    echo "ticker: sent SIGUSR1\n";
});
var_dump(System::waitSignal(SIGUSR1) === SIGUSR1);
echo "main: after the wait, coroutines left: ", count(Sco::list()), "\n";

echo "-- nothing else in the loop; the signal comes from another process\n";
$sender = signal_sender(SIGUSR2);
send_signal_now($sender);
var_dump(System::waitSignal(SIGUSR2) === SIGUSR2);
sender_done($sender);
echo "done\n";
?>
--EXPECT--
ticker: 1
ticker: 2
ticker: 3
ticker: sent SIGUSR1
bool(true)
main: after the wait, coroutines left: 0
-- nothing else in the loop; the signal comes from another process
bool(true)
done
