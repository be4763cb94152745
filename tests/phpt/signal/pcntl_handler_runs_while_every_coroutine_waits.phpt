--TEST--
Signals: a pcntl_signal() handler (async signals on) runs when the signal comes while every coroutine waits in the loop, not when the loop next wakes for something else (it ran only once a 60 s wait timed out)
--EXTENSIONS--
study
pcntl
--SKIPIF--
<?php if (!extension_loaded('pcntl')) die('skip pcntl missing'); ?>
--FILE--
<?php
require __DIR__ . '/signal.inc';
use Study\Coroutine\Channel;

pcntl_async_signals(true);
$woken = new Channel(1);
pcntl_signal(SIGUSR1, function (int $signo) use ($woken) {
    echo "handler: signal ", $signo === SIGUSR1 ? "SIGUSR1" : $signo, "\n";
    $woken->push('from the handler');   // room in the channel: no wait, which a handler may not do
});
$sender = signal_sender(SIGUSR1);
Sgo(function () use ($woken, $sender) {
    send_signal_now($sender);
    $got = $woken->pop(60);
    echo "coroutine: ", $got === false ? "timed out" : "got '$got'", "\n";
});
Sco::join(Sco::list());
sender_done($sender);
echo "done\n";
?>
--EXPECT--
handler: signal SIGUSR1
coroutine: got 'from the handler'
done
