--TEST--
exit() in the main script with a tick timer and sleeping coroutines pending: the loop does not keep running, shutdown functions run, the sleeping coroutines are destroyed (finally blocks and defers run), the timer never fires again
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function, timers ", json_encode(Study\Timer::list()), "\n"; });
$ticks = 0;
Study\Timer::tick(0.005, function () use (&$ticks) {
    $ticks++;
});
Sgo(function () {
    Sco::defer(function () { echo "sleeper: defer\n"; });
    try {
        Sco::sleep(0.05);
        echo "sleeper: not reached\n";
    } finally {
        echo "sleeper: finally\n";
    }
});
// Let the tick run a few times first.
while ($ticks < 3) {
    Sco::sleep(0.005);
}
echo "main: exit after ", $ticks >= 3 ? "3 or more" : $ticks, " ticks\n";
exit(3);
echo "not reached\n";
?>
--EXPECT--
main: exit after 3 or more ticks
shutdown function, timers [1]
sleeper: finally
sleeper: defer
