--TEST--
Study\Coroutine: exit() inside a Fiber that runs inside a coroutine ends the script like exit() anywhere else
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(fn() => print("shutdown function\n"));
Sgo(function () {
    try {
        Sco::yield();
    } finally {
        echo "suspended coroutine: finally\n";
    }
});
$cid = Sgo(function () {
    $fiber = new Fiber(function () {
        Sco::yield();
        echo "fiber: exit\n";
        exit("bye\n");
    });
    $fiber->start();
    echo "coroutine: not reached\n";
});
echo "main: resume\n";
Sco::resume($cid);
echo "main: not reached\n";
?>
--EXPECT--
main: resume
fiber: exit
bye
shutdown function
suspended coroutine: finally
