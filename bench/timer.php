<?php
// One runtime's scheduler figures, printed as JSON: 100,000 coroutines that each sleep 0.1 s (time until all have
// finished), arming and firing N one-shot timers (each callback runs in a coroutine), and sleep(0) round trips of one
// coroutine through the event loop.
// Usage: php [-d extension=...] bench/timer.php study|swoole|swow [N_timers] [N_sleeps]

$runtime = $argv[1] ?? 'study';
$nTimers = (int)($argv[2] ?? 1000000);
$nSleeps = (int)($argv[3] ?? 1000000);

$ops = match ($runtime) {
    'study' => [
        'after' => fn(callable $fn) => Study\Timer::after(0.001, $fn),
        'go' => fn(callable $fn) => Sgo($fn),
        'sleep0' => fn() => Sco::sleep(0),
        'wait' => fn() => study_event_wait(),
    ],
    'swoole' => [
        'after' => fn(callable $fn) => Swoole\Timer::after(1, $fn),
        'go' => fn(callable $fn) => Swoole\Coroutine::create($fn),
        'sleep0' => null,  // Swoole refuses sleep(0) ("Timer must be greater than or equal to 0.001")
        'wait' => fn() => Swoole\Event::wait(),
    ],
    'swow' => [
        'after' => fn(callable $fn) => Swow\Coroutine::run(function () use ($fn) { msleep(1); $fn(); }),
        'go' => fn(callable $fn) => Swow\Coroutine::run($fn),
        'sleep0' => fn() => msleep(0),
        'wait' => fn() => null,  // Swow runs its loop when the main script waits or ends
    ],
};
if ($runtime === 'swoole') {
    Swoole\Coroutine::set(['max_coroutine' => 10000000]);
}

$result = ['runtime' => $runtime];

$sleepers = 100000;
$done = 0;
$sleep = match ($runtime) {
    'study' => fn() => Sco::sleep(0.1),
    'swoole' => fn() => Swoole\Coroutine::sleep(0.1),
    'swow' => fn() => msleep(100),
};
$t = hrtime(true);
for ($i = 0; $i < $sleepers; $i++) {
    $ops['go'](function () use ($sleep, &$done) { $sleep(); $done++; });
}
if ($runtime === 'swow') {
    while ($done < $sleepers) { msleep(1); }
} else {
    $ops['wait']();
}
$result['sleepers_100k_seconds'] = round((hrtime(true) - $t) / 1e9, 3);

// CPU time used while one coroutine sleeps 0.5 s and nothing else happens: the loop must sleep in the kernel.
$cpu = function () { $r = getrusage(); return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6; };
$before = $cpu();
$ops['go'](function () use ($runtime) {
    match ($runtime) { 'study' => Sco::sleep(0.5), 'swoole' => Swoole\Coroutine::sleep(0.5), 'swow' => msleep(500) };
});
$ops['wait']();
if ($runtime === 'swow') { msleep(550); }
$result['idle_cpu_percent'] = round(($cpu() - $before) / 0.5 * 100, 1);

$fired = 0;
$callback = function () use (&$fired) { $fired++; };
$after = $ops['after'];
$t = hrtime(true);
for ($i = 0; $i < $nTimers; $i++) { $after($callback); }
if ($runtime === 'swow') {
    while ($fired < $nTimers) { msleep(1); }
} else {
    $ops['wait']();
}
$result['timers_per_sec'] = (int)($nTimers / ((hrtime(true) - $t) / 1e9));
$result['timers_fired'] = $fired;

$sleep0 = $ops['sleep0'];
if ($sleep0 === null) {
    $result['sleep0_per_sec'] = null;
    echo json_encode($result), "\n";
    exit(0);
}
$elapsed = 0;
$ops['go'](function () use ($sleep0, $nSleeps, &$elapsed) {
    $t = hrtime(true);
    for ($i = 0; $i < $nSleeps; $i++) { $sleep0(); }
    $elapsed = hrtime(true) - $t;
});
if ($runtime === 'swow') {
    while ($elapsed === 0) { msleep(1); }
} else {
    $ops['wait']();
}
$result['sleep0_per_sec'] = (int)($nSleeps / ($elapsed / 1e9));

echo json_encode($result), "\n";
