--TEST--
Study\Coroutine::cancel(): an unknown id, a finished coroutine, the running coroutine itself, a coroutine that is running and resumed another one, and the main script's id warn that the coroutine is not waiting in a cancellable point and return false
--EXTENSIONS--
study
--FILE--
<?php
var_dump(Sco::cancel(999));
var_dump(Sco::cancel(-1));
var_dump(Sco::cancel(0));
$finished = Sgo(function () {});
var_dump(Sco::cancel($finished));
$outer = Sgo(function () {
    $self = Sco::getCid();
    echo "outer: cancels itself\n";
    var_dump(Sco::cancel($self));
    Sgo(function () use ($self) {
        // Its parent is running (it created this one), not waiting.
        echo "inner: cancels its parent\n";
        var_dump(Sco::cancel($self));
    });
    echo "outer: still running\n";
});
echo "end\n";
?>
--EXPECTF--
Warning: Study\Coroutine::cancel(): coroutine 999 is not waiting in a cancellable point in %s on line %d
bool(false)

Warning: Study\Coroutine::cancel(): coroutine -1 is not waiting in a cancellable point in %s on line %d
bool(false)

Warning: Study\Coroutine::cancel(): coroutine 0 is not waiting in a cancellable point in %s on line %d
bool(false)

Warning: Study\Coroutine::cancel(): coroutine 1 is not waiting in a cancellable point in %s on line %d
bool(false)
outer: cancels itself

Warning: Study\Coroutine::cancel(): coroutine 2 is not waiting in a cancellable point in %s on line %d
bool(false)
inner: cancels its parent

Warning: Study\Coroutine::cancel(): coroutine 2 is not waiting in a cancellable point in %s on line %d
bool(false)
outer: still running
end
