--TEST--
Study\Timer: a callback may sleep and join like any coroutine; a tick runs again on time while earlier runs still sleep, so runs overlap, each in its own coroutine
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
// The worker ends long after the timer's callback started to join it, however slow the start of that callback.
$worker = Sgo(function () { Sco::sleep(0.2); echo "worker: ends\n"; });
$done = false;
Study\Timer::after(0.001, function ($w) use (&$done) {
    echo "after: joins the worker\n";
    var_dump(Sco::join([$w]));
    Sco::sleep(0.01);
    echo "after: slept after the join\n";
    $done = true;
}, $worker);
while (!$done) {
    Sco::sleep(0.005);
}

echo "--- overlapping runs\n";
// Runs every 0.01 s, three times; each run sleeps 0.2 s, so all three sleep at the same time.
$runs = 0;
$tick = Study\Timer::tick(0.01, function () use (&$runs, &$tick) {
    $run = ++$runs;
    if ($run === 3) {
        Study\Timer::clear($tick);
    }
    $cid = Sco::getCid();
    echo "tick $run: sleeps\n";
    Sco::sleep(0.2);
    echo "tick $run: woke in the same coroutine: ", var_export(Sco::getCid() === $cid, true), "\n";
});
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
