<?php
// Child processes from coroutines, printed as JSON: N coroutines each run `sleep 0.2` through shell_exec(), then
// N through proc_open() with a stdout pipe read to its end and proc_close(); the wall time of each batch (serial:
// N x 0.2 s) and the CPU time this process used for it. "study" and "swoole" turn their runtime hooks on;
// "sequential" runs the same calls one after the other in plain PHP.
// Usage: php -n [-d extension=study.so | bench_swoole_args] bench/proc.php study|swoole|sequential [N] [seconds]

$runtime = $argv[1] ?? 'study';
$n = (int)($argv[2] ?? 20);
$seconds = (float)($argv[3] ?? 0.2);
$command = sprintf('sleep %.3f; echo done', $seconds);

function cpu(): float
{
    $u = getrusage();
    return $u['ru_utime.tv_sec'] + $u['ru_utime.tv_usec'] / 1e6 + $u['ru_stime.tv_sec'] + $u['ru_stime.tv_usec'] / 1e6;
}

$calls = [
    'shell_exec' => function () use ($command): bool {
        return shell_exec($command) === "done\n";
    },
    'proc_open' => function () use ($command): bool {
        $p = proc_open($command, [1 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]);
        fclose($pipes[1]);
        return proc_close($p) === 0 && $out === "done\n";
    },
];

// Runs $n calls at once and returns [wall seconds, CPU seconds, calls that gave the wrong result].
$batch = match ($runtime) {
    'study' => function (callable $call) use ($n): array {
        $wrong = 0;
        $start = hrtime(true);
        $cpu = cpu();
        $wg = new Study\Coroutine\WaitGroup();
        for ($i = 0; $i < $n; $i++) {
            $wg->add();
            Sgo(function () use ($call, &$wrong, $wg) {
                $wrong += $call() ? 0 : 1;
                $wg->done();
            });
        }
        $wg->wait();
        return [(hrtime(true) - $start) / 1e9, cpu() - $cpu, $wrong];
    },
    'swoole' => function (callable $call) use ($n): array {
        $result = [];
        Swoole\Coroutine\run(function () use ($call, $n, &$result) {
            $wrong = 0;
            $start = hrtime(true);
            $cpu = cpu();
            $wg = new Swoole\Coroutine\WaitGroup();
            for ($i = 0; $i < $n; $i++) {
                $wg->add();
                Swoole\Coroutine::create(function () use ($call, &$wrong, $wg) {
                    $wrong += $call() ? 0 : 1;
                    $wg->done();
                });
            }
            $wg->wait();
            $result = [(hrtime(true) - $start) / 1e9, cpu() - $cpu, $wrong];
        });
        return $result;
    },
    default => function (callable $call) use ($n): array {
        $wrong = 0;
        $start = hrtime(true);
        $cpu = cpu();
        for ($i = 0; $i < $n; $i++) {
            $wrong += $call() ? 0 : 1;
        }
        return [(hrtime(true) - $start) / 1e9, cpu() - $cpu, $wrong];
    },
};

if ($runtime === 'study') {
    Study\Runtime::enableCoroutine();
} elseif ($runtime === 'swoole') {
    Swoole\Runtime::enableCoroutine(SWOOLE_HOOK_ALL);
}
$out = ['runtime' => $runtime, 'n' => $n, 'seconds' => $seconds];
foreach ($calls as $name => $call) {
    [$wall, $cpu, $wrong] = $batch($call);
    $out[$name] = ['wall_s' => round($wall, 3), 'cpu_ms' => round($cpu * 1000, 1), 'wrong' => $wrong];
}
echo json_encode($out), "\n";
