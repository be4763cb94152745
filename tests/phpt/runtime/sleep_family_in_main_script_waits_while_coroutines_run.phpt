--TEST--
With HOOK_SLEEP, sleep(), usleep(), time_nanosleep() and time_sleep_until() in the main script block the main script for at least the time asked, as PHP's do, while a coroutine started before keeps running and wakes in the middle of the wait
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SLEEP);
$calls = [
    'sleep(1)' => [1000, fn() => sleep(1)],
    'usleep(150000)' => [150, fn() => usleep(150000)],
    'time_nanosleep(0, 150000000)' => [150, fn() => time_nanosleep(0, 150000000)],
    'time_sleep_until(+0.15 s)' => [150, fn() => time_sleep_until(microtime(true) + 0.15)],
];
foreach ($calls as $name => [$ms, $call]) {
    // Study\Coroutine::sleep() always yields: this coroutine can only wake while the main script waits if the main
    // script's wait runs the loop.
    Sgo(function () use ($name) {
        Sco::sleep(0.04);
        echo "coroutine: woke during $name\n";
    });
    $start = hrtime(true);
    $result = $call();
    $elapsed = (hrtime(true) - $start) / 1e6;
    echo "main: $name returned ", var_export($result, true), " after ", $elapsed >= $ms - 1 ? "at least $ms ms" : "ONLY $elapsed ms", "\n";
}
?>
--EXPECT--
coroutine: woke during sleep(1)
main: sleep(1) returned 0 after at least 1000 ms
coroutine: woke during usleep(150000)
main: usleep(150000) returned NULL after at least 150 ms
coroutine: woke during time_nanosleep(0, 150000000)
main: time_nanosleep(0, 150000000) returned true after at least 150 ms
coroutine: woke during time_sleep_until(+0.15 s)
main: time_sleep_until(+0.15 s) returned true after at least 150 ms
