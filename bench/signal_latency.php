<?php
// SPDX-License-Identifier: MIT
// How long a pcntl_signal() handler takes to run after another process sent the signal, while every coroutine waits
// in the loop: a child process writes the time (hrtime(), the monotonic clock every process shares) to a pipe, sends
// SIGUSR1, and waits for the handler's answer before the next one; the handler reads the time and answers.
//
//   php -d extension=modules/study.so bench/signal_latency.php study [signals] [sleeping coroutines] [async 1|0]
//   php bench/signal_latency.php php [signals]        PHP alone: the main script in sleep(), which a signal interrupts
//
// Prints the median, the 99th percentile and the maximum in microseconds.
$mode = $argv[1] ?? 'study';
$signals = (int) ($argv[2] ?? 1000);
$sleepers = (int) ($argv[3] ?? 1000);
$async = (bool) (int) ($argv[4] ?? 1);
if (!extension_loaded('pcntl') || ($mode === 'study' && !extension_loaded('study'))) {
    fwrite(STDERR, "needs pcntl" . ($mode === 'study' ? " and study" : "") . "\n");
    exit(1);
}

// The child is a plain PHP (no study) with the system's php.ini, for posix_kill().
$sender = <<<'PHP'
$parent = (int) $argv[1];
$count = (int) $argv[2];
for ($i = 0; $i < $count; $i++) {
    usleep(random_int(200, 2000));   // not in step with anything in the parent
    fwrite(STDOUT, hrtime(true) . "\n");
    posix_kill($parent, SIGUSR1);
    if (fgets(STDIN) === false) {
        break;
    }
}
PHP;
$child = proc_open([PHP_BINARY, '-r', $sender, (string) getmypid(), (string) $signals],
                   [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
[$to_child, $from_child] = $pipes;

$latencies = [];
pcntl_async_signals($async);
pcntl_signal(SIGUSR1, function () use (&$latencies, $from_child, $to_child) {
    $now = hrtime(true);
    $sent = (int) fgets($from_child);
    $latencies[] = ($now - $sent) / 1000;
    fwrite($to_child, "next\n");
});

if ($mode === 'study') {
    $done = new Study\Coroutine\Channel(1);
    for ($i = 0; $i < $sleepers; $i++) {
        Sgo(function () {
            try {
                Sco::sleep(3600);
            } catch (Study\Coroutine\CanceledException $e) {
            }
        });
    }
    Sgo(function () use ($done, &$latencies, $signals) {
        while (count($latencies) < $signals) {
            Sco::sleep(0.5);   // a look every half second; the handlers do not depend on it
        }
        $done->push(true);
    });
    $done->pop();
    foreach (Sco::list() as $cid) {
        Sco::cancel($cid);
    }
} else {
    while (count($latencies) < $signals) {
        sleep(10);   // interrupted by each signal; with async signals the handler runs right after
        if (!$async) {
            pcntl_signal_dispatch();
        }
    }
}
fclose($to_child);
proc_close($child);

sort($latencies);
$n = count($latencies);
printf("%s, async signals %s, %d signals, %d sleeping coroutines: median %.0f us, p99 %.0f us, max %.0f us\n",
       $mode, $async ? 'on' : 'off', $n, $mode === 'study' ? $sleepers : 0, $latencies[intdiv($n, 2)],
       $latencies[(int) ceil(0.99 * $n) - 1], $latencies[$n - 1]);
