<?php
// One runtime's figures, printed as JSON: create+run+destroy rate, yield+resume round trip, and memory per
// suspended coroutine. Usage: php [-d extension=...] bench/coroutine.php study|fiber|swoole|swow [N_create] [N_idle]
// bench/run.sh runs every available runtime side by side and prints the table.

$runtime = $argv[1] ?? 'study';
$nCreate = (int)($argv[2] ?? 2000000);
$nIdle = (int)($argv[3] ?? 100000);
$nSwitch = 2000000;

function rss_kib(): int {
    preg_match('/VmRSS:\s+(\d+)/', file_get_contents('/proc/self/status'), $m);
    return (int)$m[1];
}

// Each runtime as three operations: run a function in a new coroutine to its end, start one that parks,
// and a ping-pong of yield+resume.
$ops = match ($runtime) {
    'study' => [
        'create' => fn(callable $fn) => Sgo($fn),
        'park' => fn() => Sgo(fn() => Sco::yield()),
        'unpark' => fn($id) => Sco::resume($id),
        'pingpong' => function (int $n) {
            $id = Sgo(function () { while (!$GLOBALS['stop']) { Sco::yield(); } });
            $t = hrtime(true);
            for ($i = 0; $i < $n; $i++) { Sco::resume($id); }
            $t = hrtime(true) - $t;
            $GLOBALS['stop'] = true;
            Sco::resume($id);
            return $t;
        },
    ],
    'fiber' => [
        'create' => fn(callable $fn) => (new Fiber($fn))->start(),
        'park' => function () { $f = new Fiber(fn() => Fiber::suspend()); $f->start(); return $f; },
        'unpark' => fn($f) => $f->resume(),
        'pingpong' => function (int $n) {
            $f = new Fiber(function () { while (!$GLOBALS['stop']) { Fiber::suspend(); } });
            $f->start();
            $t = hrtime(true);
            for ($i = 0; $i < $n; $i++) { $f->resume(); }
            $t = hrtime(true) - $t;
            $GLOBALS['stop'] = true;
            $f->resume();
            return $t;
        },
    ],
    'swoole' => [
        'create' => fn(callable $fn) => Swoole\Coroutine::create($fn),
        'park' => fn() => Swoole\Coroutine::create(fn() => Swoole\Coroutine::yield()),
        'unpark' => fn($id) => Swoole\Coroutine::resume($id),
        'pingpong' => function (int $n) {
            $id = Swoole\Coroutine::create(function () { while (!$GLOBALS['stop']) { Swoole\Coroutine::yield(); } });
            $t = hrtime(true);
            for ($i = 0; $i < $n; $i++) { Swoole\Coroutine::resume($id); }
            $t = hrtime(true) - $t;
            $GLOBALS['stop'] = true;
            Swoole\Coroutine::resume($id);
            return $t;
        },
    ],
    'swow' => [
        'create' => fn(callable $fn) => Swow\Coroutine::run($fn),
        'park' => fn() => Swow\Coroutine::run(fn() => Swow\Coroutine::yield()),
        'unpark' => fn($co) => $co->resume(),
        'pingpong' => function (int $n) {
            $co = Swow\Coroutine::run(function () { while (!$GLOBALS['stop']) { Swow\Coroutine::yield(); } });
            $t = hrtime(true);
            for ($i = 0; $i < $n; $i++) { $co->resume(); }
            $t = hrtime(true) - $t;
            $GLOBALS['stop'] = true;
            $co->resume();
            return $t;
        },
    ],
};
if ($runtime === 'swoole') {
    Swoole\Coroutine::set(['max_coroutine' => 10000000]);
}

$stop = false;
$result = ['runtime' => $runtime];

// 1. create + run + destroy.
$noop = function () {};
$create = $ops['create'];
for ($i = 0; $i < 10000; $i++) { $create($noop); }  // warm up pools
$t = hrtime(true);
for ($i = 0; $i < $nCreate; $i++) { $create($noop); }
$result['create_per_sec'] = (int)($nCreate / ((hrtime(true) - $t) / 1e9));

// 2. yield + resume round trip.
$result['round_trip_ns'] = round($ops['pingpong']($nSwitch) / $nSwitch, 1);

// 3. memory per suspended coroutine: RSS delta over N parked coroutines (Fiber: as many as it survives).
gc_collect_cycles();
$before = rss_kib();
$parked = [];
$error = null;
try {
    for ($i = 0; $i < $nIdle; $i++) { $parked[] = $ops['park'](); }
} catch (Throwable $e) {
    $error = $e->getMessage();
}
$after = rss_kib();
$result['idle_n'] = count($parked);
$result['idle_bytes_each'] = count($parked) ? (int)(($after - $before) * 1024 / count($parked)) : null;
if ($error !== null) { $result['idle_error'] = $error; }
$unpark = $ops['unpark'];
foreach ($parked as $p) { $unpark($p); }

echo json_encode($result), "\n";
