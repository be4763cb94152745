--TEST--
study_event_init() and study_event_wait(): the tutorial's demo; study_event_wait() runs the loop from the main script until nothing is pending and can be called again and again, also with nothing pending
--EXTENSIONS--
study
--FILE--
<?php
var_dump(study_event_init());
$n = 0;
while ($n++ < 3) {
    Sgo(function () {
        var_dump(Sco::getCid());
        Sco::sleep(0.01);
        var_dump(Sco::getCid());
    });
    study_event_wait();
}
echo "--- nothing pending\n";
var_dump(study_event_wait());
var_dump(study_event_init());
echo "--- timers and nested coroutines\n";
// Each wait starts after the one before it and is longer, so they end in this order however slow the run (valgrind,
// a loaded machine): the order does not hang on a margin between them.
Sgo(function () {
    Sgo(function () { Sco::sleep(0.01); echo "child\n"; });
    Study\Timer::after(0.02, function () { echo "timer\n"; });
    Sco::sleep(0.03);
    echo "parent\n";
});
var_dump(study_event_wait());
echo "live: ", count(Sco::list()), ", timers: ", count(Study\Timer::list()), "\n";
?>
--EXPECT--
bool(true)
int(1)
int(1)
int(2)
int(2)
int(3)
int(3)
--- nothing pending
bool(true)
bool(true)
--- timers and nested coroutines
child
timer
parent
bool(true)
live: 0, timers: 0
