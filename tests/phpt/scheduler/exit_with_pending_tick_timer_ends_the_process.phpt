--TEST--
exit() in the main script with a tick timer and sleeping coroutines pending: the loop does not keep running, shutdown functions run, the sleeping coroutines are destroyed (finally blocks and defers run), the timer never fires again
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function\n"; });
$ticks = 0;
Study\Timer::tick(0.005, function () use (&$ticks) {
    $ticks++;
});
Sgo(function () {
    Sco::defer(function () { echo "sleeper: defer\n"; });
    try {
        Sco::sleep(10); // far beyond the exit, however slow the ticks
        echo "sleeper: not reached\n";
    } finally {
        echo "sleeper: finally\n";
    }
});
// Let the tick run a few times first.
while ($ticks < 3) {
    Sco::sleep(0.005);
}
echo "main: the tick ran 3 times or more, exit(3)\n";
exit(3);
echo "not reached\n";
?>
--EXPECT--
main: the tick ran 3 times or more, exit(3)
shutdown function
sleeper: finally
sleeper: defer
