--TEST--
A pop() in the main script that nothing can ever satisfy: once everything else ran, the deadlock warning is reported at the pop, the coroutines left are destroyed (finally blocks run), the script ends there (code after the pop does not run) and shutdown functions run
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

register_shutdown_function(function () { echo "shutdown function, live ", count(Sco::list()), "\n"; });
$chan = new Channel(0);
Sgo(function () use ($chan) {
    try {
        $chan->pop();
    } finally {
        echo "other consumer: finally\n";
    }
});
Sgo(function () { Sco::sleep(0.01); echo "sleeper: woke\n"; });
echo "main: pops\n";
$value = $chan->pop();
echo "main: not reached\n";
?>
--EXPECTF--
main: pops
sleeper: woke

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
main script [channel pop on channel #%d]
coroutine 1 [channel pop on channel #%d in Study\Coroutine\Channel->pop()]:
#0 %s(%d): Study\Coroutine\Channel->pop()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(6): {coroutine 1, created by the main script}()
 in %s on line 15
other consumer: finally
shutdown function, live 0
