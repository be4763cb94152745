--TEST--
Study\Coroutine::resume(): a coroutine resuming itself throws Study\Coroutine\Error, and the coroutine goes on
--EXTENSIONS--
study
--FILE--
<?php
$cid = Sgo(function () {
    try {
        Sco::resume(Sco::getCid());
        echo "not reached\n";
    } catch (Study\Coroutine\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
        var_dump($e instanceof Error, $e->getCode());
    }
    Sco::yield();
    echo "resumed by main\n";
    // Uncaught, it ends the coroutine like any exception would.
    Sco::resume(Sco::getCid());
});
Sco::resume($cid);
echo "not reached either\n";
?>
--EXPECTF--
Study\Coroutine\Error: Study\Coroutine::resume(): coroutine 1 cannot resume itself; resume it from another coroutine or the main script after it yields
bool(true)
int(0)
resumed by main

Fatal error: Uncaught Study\Coroutine\Error: Study\Coroutine::resume(): coroutine 1 cannot resume itself; resume it from another coroutine or the main script after it yields in %s:13
Stack trace:
#0 %s(13): Study\Coroutine::resume(1)
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(2): {coroutine 1, created by the main script}()
#3 {main}
  thrown in %s on line 13
