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
1: finally throws

Fatal error: Uncaught LogicException: from a finally block at destruction in %s:7
Stack trace:
#0 [internal function]: {closure}()
#1 {main}
  thrown in %s on line 7
2: finally
3: defer
