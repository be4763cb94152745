--TEST--
Study\Coroutine: coroutines that suspend while the script shuts down (in a finally block run by the destruction, in a later shutdown function) are destroyed too, with their finally blocks and defers
--EXTENSIONS--
study
--FILE--
<?php
Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "1: finally creates a coroutine that suspends\n";
        Sgo(function () {
            Sco::defer(fn() => print("created in a finally: defer\n"));
            try {
                Sco::yield();
            } finally {
                echo "created in a finally: finally\n";
            }
        });
    }
});
// Registered after the first coroutine, so it runs after the destruction of suspended coroutines starts.
register_shutdown_function(function () {
    echo "late shutdown function creates a coroutine that suspends\n";
    Sgo(function () {
        $data = new ArrayObject(['payload']);
        Sco::defer(fn() => print("created in a late shutdown function: defer\n"));
        try {
            Sco::yield();
        } finally {
            echo "created in a late shutdown function: finally\n";
        }
    });
});
echo "main: end\n";
?>
--EXPECTF--
main: end

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(4): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(2): {coroutine 1, created by the main script}()
 in %s on line %d
1: finally creates a coroutine that suspends
created in a finally: finally
created in a finally: defer
late shutdown function creates a coroutine that suspends

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 3 [yield in Study\Coroutine::yield()]:
#0 %s(24): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(20): {coroutine 3, created by the main script}()
 in %s on line %d
created in a late shutdown function: finally
created in a late shutdown function: defer
