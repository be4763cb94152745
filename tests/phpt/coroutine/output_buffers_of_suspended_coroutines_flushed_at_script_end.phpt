--TEST--
Study\Coroutine: buffers of coroutines suspended at script end are flushed through their handlers when the coroutines are destroyed
--EXTENSIONS--
study
--FILE--
<?php
Sgo(function () {
    ob_start(fn($text) => "[A: " . trim($text) . "]\n");
    echo "buffered before the yield";
    Sco::yield();
});
Sgo(function () {
    ob_start();
    echo "B buffered\n";
    try {
        Sco::yield();
    } finally {
        echo "B finally, level ", ob_get_level(), "\n";
    }
});
// The main script's buffers are flushed after the shutdown functions, so after the coroutines are destroyed.
ob_start(fn($text) => "main handler: " . $text);
echo "main end\n";
?>
--EXPECTF--
[A: buffered before the yield]
B buffered
B finally, level 1
main handler: main end

Warning: all coroutines are asleep - deadlock: 2 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(5): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(2): {coroutine 1, created by the main script}()

coroutine 2 [yield in Study\Coroutine::yield()]:
#0 %s(11): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(7): {coroutine 2, created by the main script}()
 in %s on line %d
