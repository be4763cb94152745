--TEST--
Signals: pcntl's handler still runs in the signal itself (study's handler calls it), so the PHP handler run from the loop gets the real siginfo: the pid of the process that sent the signal
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
$info = new Channel(1);
pcntl_signal(SIGUSR2, function (int $signo, $siginfo) use ($info) {
    $info->push($siginfo);
});
$sender = signal_sender(SIGUSR2);
$shell = proc_get_status($sender[0])['pid'];   // kill is a builtin of the shell
Sgo(function () use ($info, $sender, $shell) {
    send_signal_now($sender);
    $siginfo = $info->pop(60);
    var_dump($siginfo['signo'] === SIGUSR2, $siginfo['pid'] === $shell);
});
Sco::join(Sco::list());
sender_done($sender);
?>
--EXPECT--
bool(true)
bool(true)
