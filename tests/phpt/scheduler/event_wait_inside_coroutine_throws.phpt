--TEST--
study_event_wait() inside a coroutine throws Study\Coroutine\Error saying to wait with sleep() or join() instead; the coroutine and the loop go on
--EXTENSIONS--
study
--FILE--
<?php
// The timer starts before the coroutine's sleep and is shorter: it fires first however slow the run.
Study\Timer::after(0.001, function () {
    try {
        study_event_wait();
    } catch (Study\Coroutine\Error $e) {
        echo "in a timer callback too: ", get_class($e), "\n";
    }
});
Sgo(function () {
    try {
        study_event_wait();
    } catch (Study\Coroutine\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    Sco::sleep(0.01); // started after the timer above, so it ends after it
    try {
        study_event_wait();
    } catch (Study\Coroutine\Error $e) {
        echo "after a sleep too: ", get_class($e), "\n";
    }
    // study_event_init() is harmless anywhere.
    var_dump(study_event_init());
});
var_dump(study_event_wait());
echo "end\n";
?>
--EXPECT--
Study\Coroutine\Error: study_event_wait() runs the event loop from the main script; inside a coroutine, wait with Study\Coroutine::sleep() or Study\Coroutine::join() instead
in a timer callback too: Study\Coroutine\Error
after a sleep too: Study\Coroutine\Error
bool(true)
bool(true)
end
