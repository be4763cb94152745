--TEST--
Study\Coroutine: exit() in the main script still destroys the suspended coroutines afterwards (finally blocks and defers run)
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(fn() => print("shutdown function\n"));
Sgo(function () {
    Sco::defer(fn() => print("1: defer\n"));
    try {
        Sco::yield();
    } finally {
        echo "1: finally\n";
    }
});
Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "2: finally\n";
    }
});
echo "main: exit\n";
exit(0);
?>
--EXPECT--
main: exit
shutdown function
1: finally
1: defer
2: finally
