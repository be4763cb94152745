--TEST--
Study\Coroutine::cancel(): a coroutine waiting in join() wakes at once with Study\Coroutine\CanceledException thrown at its join; the coroutines it waited for go on, and a later join of them works
--EXTENSIONS--
study
--FILE--
<?php
$worker = Sgo(function () {
    Sco::sleep(0.02);
    echo "worker: ends\n";
});
$joiner = Sgo(function () use ($worker) {
    try {
        echo "joiner: joins $worker\n";
        Sco::join([$worker]);
        echo "joiner: not reached\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "joiner: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
    var_dump(Sco::exists($worker));
    // The canceled join left nothing behind: this one waits for the worker as usual.
    var_dump(Sco::join([$worker]));
    echo "joiner: worker gone: ", var_export(Sco::exists($worker), true), "\n";
});
// A joiner with a timeout is cancelled just the same.
$timed = Sgo(function () use ($worker) {
    try {
        Sco::join([$worker], 0.05);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "timed: ", $e->getMessage(), "\n";
    }
});
echo "main: cancels $joiner\n";
var_dump(Sco::cancel($joiner));
echo "main: cancels $timed\n";
var_dump(Sco::cancel($timed));
echo "main: end\n";
?>
--EXPECT--
joiner: joins 1
main: cancels 2
joiner: Study\Coroutine\CanceledException: Study\Coroutine::join(): coroutine 2 was canceled
bool(true)
bool(true)
main: cancels 3
timed: Study\Coroutine::join(): coroutine 3 was canceled
bool(true)
main: end
worker: ends
bool(true)
joiner: worker gone: false
