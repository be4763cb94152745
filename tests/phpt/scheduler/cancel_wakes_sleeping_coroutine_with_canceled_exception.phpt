--TEST--
Study\Coroutine::cancel(): a coroutine sleeping in sleep() wakes at once with Study\Coroutine\CanceledException thrown at its sleep; cancel() returns true after the coroutine ran up to its next suspension
--EXTENSIONS--
study
--FILE--
<?php
$class = new ReflectionClass(Study\Coroutine\CanceledException::class);
var_dump($class->isFinal(), $class->getParentClass()->getName());

$sleeper = Sgo(function () {
    try {
        echo "sleeper: sleeps\n";
        Sco::sleep(60);
        echo "sleeper: not reached\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "sleeper: ", get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
    }
    echo "sleeper: runs on until its next suspension\n";
    Sco::sleep(0.02);
    echo "sleeper: second sleep ended normally\n";
});
// It wakes before another coroutine's much shorter sleep ends.
Sgo(function () {
    Sco::sleep(0.01);
    echo "other: woke\n";
});
echo "main: cancels $sleeper\n";
var_dump(Sco::cancel($sleeper));
echo "main: after cancel\n";
Sco::join(Sco::list());

// Uncaught, it ends the coroutine like any exception: the finally block runs and the script stops.
echo "--- uncaught\n";
register_shutdown_function(function () { echo "shutdown function\n"; });
// A minute: the canceler's sleep(0) ends long before, however loaded the machine.
$c = Sgo(function () {
    try {
        Sco::sleep(60);
    } finally {
        echo "finally of ", Sco::getCid(), "\n";
    }
});
Sgo(function () use ($c) {
    Sco::sleep(0);
    Study\Coroutine::cancel($c);
    echo "not reached\n";
});
Sco::join([$c]);
echo "not reached either\n";
?>
--EXPECTF--
bool(true)
string(9) "Exception"
sleeper: sleeps
main: cancels 1
sleeper: Study\Coroutine\CanceledException: Study\Coroutine::sleep(): coroutine 1 was canceled (line 8)
sleeper: runs on until its next suspension
bool(true)
main: after cancel
other: woke
sleeper: second sleep ended normally
--- uncaught
finally of 3

Fatal error: Uncaught Study\Coroutine\CanceledException: Study\Coroutine::sleep(): coroutine 3 was canceled in %s:%d
Stack trace:
#0 %s(%d): Study\Coroutine::sleep(60)
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(31): {coroutine 3, created by the main script}()
#3 {main}
  thrown in %s on line %d
shutdown function
