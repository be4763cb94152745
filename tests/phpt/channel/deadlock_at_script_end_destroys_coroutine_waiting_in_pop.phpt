--TEST--
End of the script with a coroutine waiting in pop() on a channel nothing will ever push to: after everything else ran, one deadlock warning lists it with its backtrace (Study\Coroutine\Channel->pop()), then it is destroyed (finally blocks and defers run, the pop does not return)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
Sgo(function () use ($chan) {
    Sco::defer(function () { echo "consumer: defer\n"; });
    try {
        $value = $chan->pop();
        echo "consumer: not reached\n";
    } finally {
        echo "consumer: finally\n";
    }
});
Sgo(function () { Sco::sleep(0.01); echo "sleeper: woke\n"; });
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECTF--
main: end
sleeper: woke

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [channel pop on channel #%d in Study\Coroutine\Channel->pop()]:
#0 %s(%d): Study\Coroutine\Channel->pop()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(5): {coroutine 1, created by the main script}()
 in %s on line %d
consumer: finally
consumer: defer
shutdown function
