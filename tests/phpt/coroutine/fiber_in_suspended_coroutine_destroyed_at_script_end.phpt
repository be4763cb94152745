--TEST--
Study\Coroutine: at script end, a coroutine suspended inside a Fiber and a Fiber suspended inside a suspended coroutine are both unwound: their finally blocks run
--EXTENSIONS--
study
--FILE--
<?php
// Coroutine 1 holds a suspended Fiber and is itself suspended.
Sgo(function () {
    $fiber = new Fiber(function () {
        try {
            Fiber::suspend();
        } finally {
            echo "fiber held by coroutine 1: finally\n";
        }
    });
    $fiber->start();
    try {
        Sco::yield();
    } finally {
        echo "coroutine 1: finally\n";
    }
});
// Coroutine 2 yields from inside a Fiber.
Sgo(function () {
    Sco::defer(fn() => print("coroutine 2: defer\n"));
    $fiber = new Fiber(function () {
        try {
            Sco::yield();
        } finally {
            echo "fiber of coroutine 2, suspended in Sco::yield(): finally\n";
        }
    });
    try {
        $fiber->start();
    } finally {
        echo "coroutine 2: finally\n";
    }
});
echo "main: end, live ", json_encode(Sco::list()), "\n";
?>
--EXPECTF--
main: end, live [1,2]

Warning: all coroutines are asleep - deadlock: 2 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(13): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(3): {coroutine 1, created by the main script}()

coroutine 2 [yield in Study\Coroutine::yield()]:
#0 %s(23): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(29): Fiber->start()
#3 [internal function]: {closure%r(:[^\n]+)?%r}()
#4 %s(19): {coroutine 2, created by the main script}()
 in %s on line %d
coroutine 1: finally
fiber held by coroutine 1: finally
fiber of coroutine 2, suspended in Sco::yield(): finally
coroutine 2: finally
coroutine 2: defer
