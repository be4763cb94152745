--TEST--
A join() in the main script on a coroutine that can never end: the deadlock warning comes at the join once everything else ran, the coroutines are destroyed (finally blocks and defers run), the script ends there (code after the join does not run) and shutdown functions run
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function, live ", count(Sco::list()), "\n"; });
$stuck = Sgo(function () {
    Sco::defer(function () { echo "stuck: defer\n"; });
    try {
        Sco::yield();
    } finally {
        echo "stuck: finally\n";
    }
});
Sgo(function () { Sco::sleep(0.01); echo "sleeper: woke\n"; });
echo "main: joins $stuck\n";
try {
    Sco::join([$stuck]);
} finally {
    // Like exit(), the end of the script does not run finally blocks of the main script.
    echo "main: finally not reached\n";
}
echo "main: not reached\n";
?>
--EXPECTF--
main: joins 1
sleeper: woke

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
main script [join of 1 coroutine]
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(%d): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(3): {coroutine 1, created by the main script}()
 in %s on line 14
stuck: finally
stuck: defer
shutdown function, live 0
