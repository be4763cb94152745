--TEST--
exit() in a coroutine woken by the loop after the main script ended: the loop stops at once, shutdown functions run, the other sleeping coroutines are destroyed, pending timers never fire
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
Sgo(function () {
    try {
        Sco::sleep(60);
        echo "long sleeper: not reached\n";
    } finally {
        echo "long sleeper: finally\n";
    }
});
// All due a minute after the exit at 0.01 s, a margin no load eats; the exit ends the process long before.
Study\Timer::after(60, function () { echo "timer: not reached\n"; });
Study\Timer::tick(60, function () { echo "tick: not reached\n"; });
Sgo(function () {
    Sco::sleep(0.01);
    echo "exiter: exit\n";
    // As anywhere in PHP, exit() does not run the finally blocks of the code that calls it.
    try {
        exit(0);
    } finally {
        echo "exiter: finally\n";
    }
    echo "exiter: not reached\n";
});
Sgo(function () {
    Sco::sleep(0.01);
    echo "same turn, after the exiter: not reached\n";
});
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECT--
main: end
exiter: exit
long sleeper: finally
shutdown function
