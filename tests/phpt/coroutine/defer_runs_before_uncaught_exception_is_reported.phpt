--TEST--
Study\Coroutine::defer(): when the body throws and nothing catches it, the defers run (LIFO) before the report, then the script stops
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(function () { echo "shutdown function, live: ", json_encode(Sco::list()), "\n"; });
Sgo(function () {
    Sco::defer(function () { echo "defer 1 in cid ", Sco::getCid(), "\n"; });
    Sco::defer(function () { echo "defer 2\n"; });
    try {
        throw new RuntimeException("from the body");
    } finally {
        echo "finally\n";
    }
});
echo "not reached\n";
?>
--EXPECTF--
finally
defer 2
defer 1 in cid 1

Fatal error: Uncaught RuntimeException: from the body in %s:7
Stack trace:
#0 [internal function]: {closure%r(:[^\n]+)?%r}()
#1 %s(3): {coroutine 1, created by the main script}()
#2 {main}
  thrown in %s on line 7
shutdown function, live: []
