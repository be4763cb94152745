--TEST--
Signals: a pcntl handler the loop runs while the main script waits runs in the main script, as PHP runs it at the next instruction: an exception it throws comes out of the main script's wait (Sco::sleep(60) here); an exit() in it ends the script: the finally blocks of the sleeping coroutines run, then the shutdown functions registered after the main script's first wait (study's own end-of-script work was registered at that wait)
--EXTENSIONS--
study
pcntl
--SKIPIF--
<?php if (!extension_loaded('pcntl')) die('skip pcntl missing'); ?>
--FILE--
<?php
require __DIR__ . '/signal.inc';

pcntl_async_signals(true);
pcntl_signal(SIGUSR1, function () {
    echo "handler: throws\n";
    throw new RuntimeException('thrown by the SIGUSR1 handler');
});
$sender = signal_sender(SIGUSR1);
send_signal_now($sender);
try {
    Sco::sleep(60);
    echo "not reached\n";
} catch (RuntimeException $e) {
    echo "main: caught '", $e->getMessage(), "' from Sco::sleep()\n";
}
sender_done($sender);

pcntl_signal(SIGTERM, function () {
    echo "handler: exit(0)\n";
    exit(0);
});
register_shutdown_function(function () { echo "shutdown function\n"; });
$sender = signal_sender(SIGTERM);
Sgo(function () use ($sender) {
    try {
        send_signal_now($sender);
        Sco::sleep(60);
        echo "not reached\n";
    } finally {
        echo "coroutine: finally\n";
        sender_done($sender);
    }
});
Sco::join(Sco::list());
echo "not reached either\n";
?>
--EXPECT--
handler: throws
main: caught 'thrown by the SIGUSR1 handler' from Sco::sleep()
handler: exit(0)
coroutine: finally
shutdown function
