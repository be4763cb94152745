--TEST--
Study\Timer: a callback may sleep and join like any coroutine; a tick runs again while earlier runs still sleep, so runs overlap, each in its own coroutine (the runs sleep a minute and are canceled once all three sleep)
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
// The worker starts its sleep only when the timer's callback resumes it right before its join, so it ends after
// the join started however slow the run.
$worker = Sgo(function () { Sco::yield(); Sco::sleep(0.01); echo "worker: ends\n"; });
$done = false;
Study\Timer::after(0.001, function ($w) use (&$done) {
    echo "after: joins the worker\n";
    Sco::resume($w);
    var_dump(Sco::join([$w]));
    Sco::sleep(0.01);
    echo "after: slept after the join\n";
    $done = true;
}, $worker);
while (!$done) {
    Sco::sleep(0.005);
}

echo "--- overlapping runs\n";
// Runs every 0.01 s, three times; each run sleeps a minute, so all three sleep at the same time whatever the load.
// Once the third run sleeps, the main script cancels the sleeps in the order the runs started.
$runs = 0;
$sleepers = [];
$tick = Study\Timer::tick(0.01, function () use (&$runs, &$tick, &$sleepers) {
    $run = ++$runs;
    if ($run === 3) {
        Study\Timer::clear($tick);
    }
    $cid = Sco::getCid();
    $sleepers[] = $cid;
    echo "tick $run: sleeps\n";
    try {
        Sco::sleep(60);
        echo "tick $run: SLEPT A MINUTE\n";
    } catch (Study\Coroutine\CanceledException) {
        echo "tick $run: woke in the same coroutine: ", var_export(Sco::getCid() === $cid, true), "\n";
    }
});
while (count($sleepers) < 3) {
    Sco::sleep(0.005);
}
foreach ($sleepers as $cid) {
    Sco::cancel($cid);
}
?>
--EXPECT--
after: joins the worker
worker: ends
bool(true)
after: slept after the join
--- overlapping runs
tick 1: sleeps
tick 2: sleeps
tick 3: sleeps
tick 1: woke in the same coroutine: true
tick 2: woke in the same coroutine: true
tick 3: woke in the same coroutine: true
