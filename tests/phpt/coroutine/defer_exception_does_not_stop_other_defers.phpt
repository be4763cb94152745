--TEST--
Study\Coroutine::defer(): a defer that throws does not stop the others; exceptions of the body and of defers are chained like finally blocks do
--EXTENSIONS--
study
--FILE--
<?php
// A defer that catches its own exception disturbs nothing.
Sgo(function () {
    Sco::defer(fn() => print("caught-case: last defer\n"));
    Sco::defer(function () {
        try {
            throw new Exception("handled inside the defer");
        } catch (Exception $e) {
            echo "caught-case: ", $e->getMessage(), "\n";
        }
    });
});
echo "main: goes on\n";

Sgo(function () {
    Sco::defer(function () { echo "defer 1 still runs\n"; });
    Sco::defer(function () { throw new LogicException("from defer 2"); });
    Sco::defer(function () { echo "defer 3 runs\n"; });
    Sco::defer(function () { throw new DomainException("from defer 4"); });
    Sco::yield();
    throw new RuntimeException("from the body");
});
echo "main: coroutine yielded\n";
Sco::resume(2);
echo "not reached\n";
?>
--EXPECTF--
caught-case: handled inside the defer
caught-case: last defer
main: goes on
main: coroutine yielded
defer 3 runs
defer 1 still runs

Fatal error: Uncaught RuntimeException: from the body in %s:21
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(15): {coroutine 2, created by the main script}()
#2 {main}

Next DomainException: from defer 4 in %s:19
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(15): {coroutine 2, created by the main script}()
#2 {main}

Next LogicException: from defer 2 in %s:17
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(15): {coroutine 2, created by the main script}()
#2 {main}
  thrown in %s on line 17
