<?php
// PostgreSQL queries per second through PDO pgsql, printed as JSON: N coroutines on N connections, each running M
// SELECT 1 one after the other, with the runtime's hook of PDO pgsql ("study": Study\Runtime::HOOK_PDO_PGSQL;
// "swoole": SWOOLE_HOOK_PDO_PGSQL, Swoole's own coroutine driver), or the same queries on one connection in plain
// blocking PHP ("sequential"). Client CPU per query is this process's user + system time over the SELECT 1 batch.
// Last, the issue's figure: 20 coroutines each connecting and running one SELECT pg_sleep(0.2) (serial: 4 s).
// Usage: php -n -d extension=pdo -d extension=pdo_pgsql [-d extension=study.so] bench/pgsql.php study|sequential [N] [M]
//        php -n -d extension=curl -d extension=pdo -d extension=swoole.so bench/pgsql.php swoole [N] [M]
// The server comes from STUDY_PGSQL_* (bash scripts/postgres.sh env; bench/pgsql.sh starts one).

$runtime = $argv[1] ?? 'study';
$n = (int)($argv[2] ?? 100);
$m = (int)($argv[3] ?? 200);

foreach (['HOST', 'PORT', 'DB', 'USER', 'PASSWORD'] as $name) {
    if (getenv("STUDY_PGSQL_$name") === false) {
        fwrite(STDERR, "bench/pgsql.php: STUDY_PGSQL_$name is not set (eval \"\$(bash scripts/postgres.sh env)\")\n");
        exit(1);
    }
}

function connect(): PDO
{
    $dsn = sprintf('pgsql:host=%s;port=%s;dbname=%s', getenv('STUDY_PGSQL_HOST'), getenv('STUDY_PGSQL_PORT'),
        getenv('STUDY_PGSQL_DB'));
    return new PDO($dsn, getenv('STUDY_PGSQL_USER'), getenv('STUDY_PGSQL_PASSWORD'),
        [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
}

function cpu_seconds(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

$ops = match ($runtime) {
    'study' => [
        'hook' => fn() => Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PDO_PGSQL),
        'go' => fn(callable $fn) => Sgo($fn),
        'wait_group' => fn(int $n) => new Study\Coroutine\WaitGroup($n),
        'main' => fn(callable $fn) => $fn(),
    ],
    'swoole' => [
        'hook' => fn() => Swoole\Runtime::enableCoroutine(SWOOLE_HOOK_PDO_PGSQL),
        'go' => fn(callable $fn) => Swoole\Coroutine::create($fn),
        'wait_group' => fn(int $n) => new Swoole\Coroutine\WaitGroup($n),
        'main' => fn(callable $fn) => Swoole\Coroutine\run($fn),
    ],
    'sequential' => [
        'hook' => fn() => null,
        'go' => fn(callable $fn) => $fn(),
        'wait_group' => fn(int $n) => new class {
            public function done(): void {}
            public function wait(): void {}
        },
        'main' => fn(callable $fn) => $fn(),
    ],
};

// Runs $m queries on each connection, each connection in its own coroutine; every answer is checked, so that a hook
// that loses or mixes up results cannot look fast. Returns [seconds, CPU seconds].
function batch(array $ops, array $connections, int $m): array
{
    $wg = $ops['wait_group'](count($connections));
    $wrong = 0;
    $cpu = cpu_seconds();
    $t = hrtime(true);
    foreach ($connections as $pdo) {
        $ops['go'](function () use ($pdo, $m, $wg, &$wrong) {
            for ($i = 0; $i < $m; $i++) {
                if ($pdo->query('SELECT 1')->fetchColumn() !== 1) {
                    $wrong++;
                }
            }
            $wg->done();
        });
    }
    $wg->wait();
    $seconds = (hrtime(true) - $t) / 1e9;
    if ($wrong > 0) {
        fwrite(STDERR, "bench/pgsql.php: $wrong wrong answers\n");
        exit(1);
    }
    return [$seconds, cpu_seconds() - $cpu];
}

$result = ['runtime' => $runtime, 'connections' => $runtime === 'sequential' ? 1 : $n];
$ops['hook']();
$ops['main'](function () use ($ops, $runtime, $n, $m, &$result) {
    $connections = [];
    $count = $runtime === 'sequential' ? 1 : $n;
    $wg = $ops['wait_group']($count);
    for ($i = 0; $i < $count; $i++) {
        $ops['go'](function () use ($i, $wg, &$connections) {
            $connections[$i] = connect();
            $wg->done();
        });
    }
    $wg->wait();
    $queries = $runtime === 'sequential' ? $n * $m : $m;
    [$seconds, $cpu] = batch($ops, $connections, $queries);
    $total = count($connections) * $queries;
    $result['queries'] = $total;
    $result['per_sec'] = (int)($total / $seconds);
    $result['cpu_us'] = round($cpu / $total * 1e6, 1);

    $t = hrtime(true);
    $wg = $ops['wait_group'](20);
    for ($i = 0; $i < 20; $i++) {
        $ops['go'](function () use ($wg) {
            connect()->query('SELECT pg_sleep(0.2)');
            $wg->done();
        });
    }
    $wg->wait();
    $result['twenty_sleeps_seconds'] = round((hrtime(true) - $t) / 1e9, 2);
});
echo json_encode($result), "\n";
