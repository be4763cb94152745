<?php
// One runtime's channel figures, printed as JSON: ping-pong round trips per second between two coroutines over two
// channels of capacity 0 and of capacity 1 (A pushes to ch1, B pops ch1 and pushes to ch2, A pops ch2), and the
// values per second that 4 producers hand to 4 consumers over one channel of capacity 64. Every value received is
// summed and checked: a wrong sum exits with status 1.
// Usage: php [-d extension=...] bench/channel.php study|swoole|swow [N]   (N round trips and N values; 1000000)
// A measurement with N is repeated until it has taken 0.3 s in all, and the rate is over all repetitions.
// Swoole's Channel turns a capacity of 0 into 1, so its capacity-0 figure is null (n/a).

$runtime = $argv[1] ?? 'study';
$n = (int)($argv[2] ?? 1000000);

// Each runtime as a channel constructor and "run these functions in coroutines and wait until all have ended".
// push() and pop() are called as methods directly: all three channels spell them the same way.
$ops = match ($runtime) {
    'study' => [
        'channel' => fn(int $capacity) => new Study\Coroutine\Channel($capacity),
        'all' => fn(callable ...$fns) => Sco::join(array_map(fn($fn) => Sgo($fn), $fns)),
    ],
    'swoole' => [
        'channel' => fn(int $capacity) => new Swoole\Coroutine\Channel($capacity),
        'all' => fn(callable ...$fns) =>
            Swoole\Coroutine::join(array_map(fn($fn) => Swoole\Coroutine::create($fn), $fns)),
    ],
    'swow' => [
        'channel' => fn(int $capacity) => new Swow\Channel($capacity),
        'all' => function (callable ...$fns) {
            // Each coroutine holds a reference to $wr until it ends; wait() returns when the last one is gone.
            $wr = new Swow\Sync\WaitReference();
            foreach ($fns as $fn) {
                Swow\Coroutine::run(function () use ($fn, $wr) { $fn(); });
            }
            Swow\Sync\WaitReference::wait($wr);
        },
    ],
};

// Runs $run (which returns the nanoseconds it took for $n operations) until 0.3 s have passed; operations per second.
function per_sec(callable $run, int $n): int {
    $ns = 0;
    $done = 0;
    do {
        $ns += $run();
        $done += $n;
    } while ($ns < 0.3e9);
    return (int)($done / ($ns / 1e9));
}

// Nanoseconds for $n round trips of one value between coroutine A and coroutine B.
function pingpong(array $ops, int $capacity, int $n): int {
    $ch1 = $ops['channel']($capacity);
    $ch2 = $ops['channel']($capacity);
    $sum = 0;
    $t = hrtime(true);
    $ops['all'](
        function () use ($ch1, $ch2, $n, &$sum) {  // A
            for ($i = 1; $i <= $n; $i++) {
                $ch1->push($i);
                $sum += $ch2->pop();
            }
        },
        function () use ($ch1, $ch2, $n) {  // B
            for ($i = 0; $i < $n; $i++) {
                $ch2->push($ch1->pop());
            }
        },
    );
    $t = hrtime(true) - $t;
    $expected = intdiv($n * ($n + 1), 2);
    if ($sum !== $expected) {
        throw new UnexpectedValueException("ping-pong at capacity $capacity: A got a sum of $sum, expected $expected");
    }
    return $t;
}

// Nanoseconds for 4 producers to hand $n values to 4 consumers over one channel of capacity 64. Producer p pushes
// p+1, p+5, p+9, ... up to $n (every value from 1 to $n once); each consumer pops its share of $n values.
function producers_consumers(array $ops, int $n): int {
    $ch = $ops['channel'](64);
    $sum = 0;
    $fns = [];
    for ($p = 0; $p < 4; $p++) {
        $fns[] = function () use ($ch, $p, $n) {
            for ($v = $p + 1; $v <= $n; $v += 4) {
                $ch->push($v);
            }
        };
    }
    for ($c = 0; $c < 4; $c++) {
        $share = intdiv($n, 4) + ($c < $n % 4 ? 1 : 0);
        $fns[] = function () use ($ch, $share, &$sum) {
            $mine = 0;
            for ($i = 0; $i < $share; $i++) {
                $mine += $ch->pop();
            }
            $sum += $mine;
        };
    }
    $t = hrtime(true);
    $ops['all'](...$fns);
    $t = hrtime(true) - $t;
    $expected = intdiv($n * ($n + 1), 2);
    if ($sum !== $expected) {
        throw new UnexpectedValueException("producers/consumers: the consumers got a sum of $sum, expected $expected");
    }
    return $t;
}

// Swoole turns exit() inside a coroutine into an exception, so a wrong sum is reported after the runtime's loop.
$result = ['runtime' => $runtime, 'n' => $n];
$error = null;
$main = function () use ($ops, $runtime, $n, &$result, &$error) {
    try {
        $result['pingpong_cap0_per_sec'] = $runtime === 'swoole' ? null : per_sec(fn() => pingpong($ops, 0, $n), $n);
        $result['pingpong_cap1_per_sec'] = per_sec(fn() => pingpong($ops, 1, $n), $n);
        $result['producers_consumers_per_sec'] = per_sec(fn() => producers_consumers($ops, $n), $n);
    } catch (UnexpectedValueException $e) {
        $error = $e->getMessage();
    }
};

if ($runtime === 'swoole') {
    Swoole\Coroutine::set(['hook_flags' => 0]);  // no runtime hooks: nothing here does I/O
    Swoole\Coroutine\run($main);
} else {
    $main();
}
if ($error !== null) {
    fwrite(STDERR, "bench/channel.php: $runtime: $error\n");
    exit(1);
}
echo json_encode($result), "\n";
