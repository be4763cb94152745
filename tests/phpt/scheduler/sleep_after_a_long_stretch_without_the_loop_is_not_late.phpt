--TEST--
A sleep (and a timer) armed after the main script ran for a long stretch without a turn of the loop (here 2 s in PHP's
own blocking usleep(), hooks off) ends on time, not that stretch late: the loop's clock is brought up to date before
the loop blocks (libuv 1.45 and later no longer do it at the start of a turn, and computed the poll's timeout from a
clock 2 s old)
--EXTENSIONS--
study
--FILE--
<?php
Sgo(function () {
    Sco::sleep(0.001); // a turn of the loop: its clock is now, then nothing updates it for 2 s
});
study_event_wait();
usleep(2000000);
$start = hrtime(true);
$fired = 0.0;
Study\Timer::after(0.1, function () use ($start, &$fired) { $fired = (hrtime(true) - $start) / 1e9; });
Sgo(function () use ($start) {
    Sco::sleep(0.1);
    $slept = (hrtime(true) - $start) / 1e9;
    // Not before 0.1 s; late by the 2 s stretch before the fix. A loaded machine adds far less than 1 s.
    echo $slept >= 0.1 ? "not early\n" : "EARLY: $slept\n";
    echo $slept < 1.0 ? "not late\n" : "LATE: $slept\n";
});
study_event_wait();
echo $fired >= 0.1 && $fired < 1.0 ? "timer on time\n" : "TIMER AT $fired\n";
?>
--EXPECT--
not early
not late
timer on time
