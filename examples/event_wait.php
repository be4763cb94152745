<?php
// The tutorial's event-loop demo: study_event_wait() runs the loop until nothing is pending, again and again.
// Prints int(1) int(1) int(2) int(2) ... ; stop it with Ctrl-C.

while (true) {
    Sgo(function () {
        var_dump(Sco::getCid());
        Sco::sleep(0.1);
        var_dump(Sco::getCid());
    });
    study_event_wait();
}
