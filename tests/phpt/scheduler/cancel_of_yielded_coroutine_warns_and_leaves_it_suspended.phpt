--TEST--
Study\Coroutine::cancel(): a coroutine suspended by Study\Coroutine::yield() is not in a cancellable point: a warning, false, and the coroutine stays suspended until resumed as usual
--EXTENSIONS--
study
--FILE--
<?php
$yielded = Sgo(function () {
    try {
        echo "yielded: suspends\n";
        Sco::yield();
        echo "yielded: resumed normally\n";
    } catch (Throwable $e) {
        echo "yielded: must not get ", get_class($e), "\n";
    }
});
var_dump(Sco::cancel($yielded));
var_dump(Sco::exists($yielded));
// From another coroutine too, also while that one sleeps first.
Sgo(function () use ($yielded) {
    Sco::sleep(0.01);
    var_dump(Sco::cancel($yielded));
});
Sco::sleep(0.02);
var_dump(Sco::resume($yielded));
var_dump(Sco::exists($yielded));
?>
--EXPECTF--
yielded: suspends

Warning: Study\Coroutine::cancel(): coroutine 1 is not waiting in a cancellable point in %s on line %d
bool(false)
bool(true)

Warning: Study\Coroutine::cancel(): coroutine 1 is not waiting in a cancellable point in %s on line %d
bool(false)
yielded: resumed normally
bool(true)
bool(false)
