--TEST--
Study\Coroutine: exit() inside a nested coroutine ends the script: nothing after it runs, shutdown functions run and suspended coroutines are destroyed
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function, status handled, live: ", json_encode(Sco::list()), "\n"; });
$sleeper = Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "sleeper: finally\n";
    }
});
$outer = Sgo(function () {
    Sgo(function () {
        echo "inner: exiting\n";
        try {
            exit("exit message\n");
        } catch (Throwable $e) {
            echo "inner: caught ", get_class($e), "\n";
        }
        echo "inner: not reached\n";
    });
    echo "outer: not reached\n";
});
echo "main: not reached\n";
?>
--EXPECT--
inner: exiting
exit message
shutdown function, status handled, live: [1]
sleeper: finally
