--TEST--
Study\Coroutine\System::waitSignal(): a coroutine waiting for a signal keeps the script running after its end, as a server waiting for connections does, until the signal comes; exit() ends such a wait (its finally block runs), without waiting for the signal
--EXTENSIONS--
study
pcntl
--SKIPIF--
<?php if (!extension_loaded('pcntl')) die('skip pcntl missing'); ?>
--FILE--
<?php
require __DIR__ . '/signal.inc';
use Study\Coroutine\System;

$sender = signal_sender(SIGTERM);
Sgo(function () use ($sender) {
    echo "coroutine: waits for SIGTERM\n";
    $signal = System::waitSignal(SIGTERM);
    echo "coroutine: got ", $signal === SIGTERM ? "SIGTERM" : $signal, ", drains and ends\n";
    sender_done($sender);
    Sgo(function () {
        try {
            System::waitSignal(SIGUSR1);
        } finally {
            echo "second coroutine: finally\n";
        }
    });
    Sco::sleep(0.01);
    echo "coroutine: exit\n";
    exit(0);
});
send_signal_now($sender);
echo "main: ends\n";
?>
--EXPECT--
coroutine: waits for SIGTERM
main: ends
coroutine: got SIGTERM, drains and ends
coroutine: exit
second coroutine: finally
