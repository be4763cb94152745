--TEST--
Study\Coroutine: an exception escaping a finally block while suspended coroutines are destroyed at script end is reported, and the remaining coroutines are still destroyed
--EXTENSIONS--
study
--FILE--
<?php
Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "1: finally throws\n";
        throw new LogicException("from a finally block at destruction");
    }
});
Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "2: finally\n";
    }
});
Sgo(function () {
    Sco::defer(fn() => print("3: defer\n"));
    Sco::yield();
});
echo "main: end\n";
?>
--EXPECTF--
main: end

Warning: all coroutines are asleep - deadlock: 3 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(4): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(2): {coroutine 1, created by the main script}()

coroutine 2 [yield in Study\Coroutine::yield()]:
#0 %s(12): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(10): {coroutine 2, created by the main script}()

coroutine 3 [yield in Study\Coroutine::yield()]:
#0 %s(19): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(17): {coroutine 3, created by the main script}()
 in %s on line %d
1: finally throws

Fatal error: Uncaught LogicException: from a finally block at destruction in %s:7
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(2): {coroutine 1, created by the main script}()
#2 {main}
  thrown in %s on line 7
2: finally
3: defer
