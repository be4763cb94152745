--TEST--
Signals: a pcntl_signal() handler and a waitSignal() for the same signal both see it, whichever came first; after the wait, the handler alone goes on running (the disposition PHP installed is kept), and SIG_DFL set with pcntl_signal() while a coroutine waits leaves the wait in place
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
use Study\Coroutine\System;

pcntl_async_signals(true);
pcntl_signal(SIGUSR1, function () { echo "handler: SIGUSR1\n"; });
Sgo(function () {
    var_dump(System::waitSignal(SIGUSR1) === SIGUSR1);
});
Sgo(function () {
    posix_kill(getmypid(), SIGUSR1);
});
Sco::join(Sco::list());
echo "-- the handler alone\n";
posix_kill(getmypid(), SIGUSR1);
echo "-- a wait first, then the handler\n";
Sgo(function () {
    var_dump(System::waitSignal(SIGUSR2) === SIGUSR2);
});
pcntl_signal(SIGUSR2, function () { echo "handler: SIGUSR2\n"; });
posix_kill(getmypid(), SIGUSR2);
Sco::join(Sco::list());
echo "-- SIG_DFL while a coroutine waits\n";
Sgo(function () {
    var_dump(System::waitSignal(SIGUSR2) === SIGUSR2);
});
pcntl_signal(SIGUSR2, SIG_DFL);
posix_kill(getmypid(), SIGUSR2);
Sco::join(Sco::list());
echo "done\n";
?>
--EXPECT--
handler: SIGUSR1
bool(true)
-- the handler alone
handler: SIGUSR1
-- a wait first, then the handler
handler: SIGUSR2
bool(true)
-- SIG_DFL while a coroutine waits
bool(true)
done
