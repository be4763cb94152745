--TEST--
End of the script with coroutines that nothing can wake (a yield nobody resumes, a join of one of them): after the loop ran everything else, one warning lists each such coroutine with its backtrace, then they are destroyed (finally blocks and defers run) and the process exits normally
--EXTENSIONS--
study
--FILE--
<?php
function wait_forever() {
    Sco::yield();
}
$stuck = Sgo(function () {
    Sco::defer(function () { echo "stuck: defer\n"; });
    try {
        wait_forever();
        echo "stuck: not reached\n";
    } finally {
        echo "stuck: finally\n";
    }
});
Sgo(function () use ($stuck) {
    try {
        Sco::join([$stuck]);
        echo "joiner: not reached\n";
    } finally {
        echo "joiner: finally\n";
    }
});
// Everything that can still run, runs first.
Sgo(function () { Sco::sleep(0.01); echo "sleeper: woke\n"; });
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECTF--
main: end
sleeper: woke

Warning: all coroutines are asleep - deadlock: 2 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(%d): Study\Coroutine::yield()
#1 %s(%d): wait_forever()
#2 [internal function]: {closure%r(:[^\n]+)?%r}()
#3 %s(5): {coroutine 1, created by the main script}()

coroutine 2 [join of coroutine 1 in Study\Coroutine::join()]:
#0 %s(%d): Study\Coroutine::join()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(14): {coroutine 2, created by the main script}()
 in %s on line %d
stuck: finally
stuck: defer
joiner: finally
shutdown function
