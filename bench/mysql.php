<?php
// MariaDB queries per second through PDO_MySQL, printed as JSON: N coroutines on N connections, each running M
// queries one after the other, with the runtime's hooks making mysqlnd coroutine-aware ("study", "swoole"), or the
// same queries on one connection in plain blocking PHP ("sequential"). Two queries: SELECT SLEEP(0.01), where the
// time goes into waiting for the server, and SELECT 1, where it goes into the client and server CPU. Last, the time
// 50 coroutines take to connect and run one SELECT SLEEP(0.2) each.
// Usage: php -n -d extension=mysqlnd -d extension=pdo -d extension=pdo_mysql [-d extension=study.so|swoole.so] \
//            bench/mysql.php study|swoole|sequential [N_coroutines] [M_sleep] [M_select]
// The server comes from STUDY_MYSQL_* (scripts/mariadb.sh env); without them this script starts its own through
// scripts/mariadb.sh and stops it at the end.

$runtime = $argv[1] ?? 'study';
$n = (int)($argv[2] ?? 100);
$mSleep = (int)($argv[3] ?? 20);
$mSelect = (int)($argv[4] ?? 200);

if (getenv('STUDY_MYSQL_HOST') === false) {
    $state = tempnam(sys_get_temp_dir(), 'study-bench-mariadb.');
    unlink($state);
    $script = escapeshellarg(__DIR__ . '/../scripts/mariadb.sh');
    $prefix = 'STUDY_MARIADB_STATE=' . escapeshellarg($state) . ' bash ' . $script;
    exec("$prefix start 2>&1", $out, $rc);
    if ($rc !== 0) {
        fwrite(STDERR, implode("\n", $out) . "\nbench/mysql.php: scripts/mariadb.sh start failed\n");
        exit(1);
    }
    register_shutdown_function(fn() => exec("$prefix stop 2>&1"));
    exec("$prefix env", $exports);
    foreach ($exports as $line) {
        // export NAME=value, the value quoted for the shell only when it has to be; none of ours has to be.
        if (preg_match('/^export (STUDY_MYSQL_\w+)=(\S+)$/', $line, $m)) {
            putenv("$m[1]=$m[2]");
        }
    }
}

// With $tls, the connection is encrypted and the server's certificate checked against STUDY_MYSQL_SSL_CA (the CA
// scripts/mariadb.sh made).
function connect(bool $tls = false): PDO
{
    $dsn = sprintf('mysql:host=%s;port=%s;dbname=%s', getenv('STUDY_MYSQL_HOST'), getenv('STUDY_MYSQL_PORT'),
        getenv('STUDY_MYSQL_DB'));
    $options = [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION];
    if ($tls) {
        // PHP 8.5 deprecates PDO::MYSQL_ATTR_SSL_CA for Pdo\Mysql::ATTR_SSL_CA (PHP 8.4+).
        $attribute = defined('Pdo\Mysql::ATTR_SSL_CA') ? constant('Pdo\Mysql::ATTR_SSL_CA') : PDO::MYSQL_ATTR_SSL_CA;
        $options[$attribute] = getenv('STUDY_MYSQL_SSL_CA');
    }
    return new PDO($dsn, getenv('STUDY_MYSQL_USER'), getenv('STUDY_MYSQL_PASSWORD'), $options);
}

function cpu_seconds(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

// Runs $m queries of $sql on each connection, each connection in its own coroutine; returns [seconds, CPU seconds].
// Every answer is checked, so that a hook that loses or mixes up results cannot look fast.
function batch(array $ops, array $connections, string $sql, int $m, $expected): array
{
    $wg = $ops['wait_group'](count($connections));
    $wrong = 0;
    $cpu = cpu_seconds();
    $t = hrtime(true);
    foreach ($connections as $pdo) {
        $ops['go'](function () use ($pdo, $sql, $m, $expected, $wg, &$wrong) {
            for ($i = 0; $i < $m; $i++) {
                if ($pdo->query($sql)->fetchColumn() !== $expected) {
                    $wrong++;
                }
            }
            $wg->done();
        });
    }
    $wg->wait();
    $seconds = (hrtime(true) - $t) / 1e9;
    if ($wrong > 0) {
        fwrite(STDERR, "bench/mysql.php: $wrong wrong answers to $sql\n");
        exit(1);
    }
    return [$seconds, cpu_seconds() - $cpu];
}

$ops = match ($runtime) {
    'study' => [
        'hook' => fn() => Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL),
        'go' => fn(callable $fn) => Sgo($fn),
        'wait_group' => fn(int $n) => new Study\Coroutine\WaitGroup($n),
        'main' => fn(callable $fn) => $fn(),
    ],
    'swoole' => [
        // Without the curl extension loaded, Swoole's curl hooks only print warnings; nothing else is left out.
        'hook' => fn() => Swoole\Runtime::enableCoroutine(extension_loaded('curl') ? SWOOLE_HOOK_ALL
            : SWOOLE_HOOK_ALL & ~SWOOLE_HOOK_CURL & ~SWOOLE_HOOK_NATIVE_CURL),
        'go' => fn(callable $fn) => Swoole\Coroutine::create($fn),
        'wait_group' => fn(int $n) => new Swoole\Coroutine\WaitGroup($n),
        'main' => fn(callable $fn) => Swoole\Coroutine\run($fn),
    ],
    // Plain PHP: the "coroutine" runs at once to its end, so the queries run one after the other.
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

$result = ['runtime' => $runtime, 'connections' => $runtime === 'sequential' ? 1 : $n];
$ops['hook']();
$ops['main'](function () use ($ops, $runtime, $n, $mSleep, $mSelect, &$result) {
    if ($runtime === 'sequential') {
        // One connection; fewer sleeps, as each takes its full 10 ms here.
        $connections = [connect()];
        $sleepQueries = min(200, $n * $mSleep);
        $selectQueries = $n * $mSelect;
    } else {
        // The connections are made first, concurrently, and not counted.
        $connections = [];
        $wg = $ops['wait_group']($n);
        for ($i = 0; $i < $n; $i++) {
            $ops['go'](function () use ($i, $wg, &$connections) {
                $connections[$i] = connect();
                $wg->done();
            });
        }
        $wg->wait();
        $sleepQueries = $mSleep;
        $selectQueries = $mSelect;
    }
    $total = count($connections);
    [$seconds] = batch($ops, $connections, 'SELECT SLEEP(0.01)', $sleepQueries, 0);
    $result['sleep_queries'] = $total * $sleepQueries;
    $result['sleep_per_sec'] = (int)($total * $sleepQueries / $seconds);
    [$seconds, $cpu] = batch($ops, $connections, 'SELECT 1', $selectQueries, 1);
    $result['select1_queries'] = $total * $selectQueries;
    $result['select1_per_sec'] = (int)($total * $selectQueries / $seconds);
    $result['select1_cpu_us'] = round($cpu / ($total * $selectQueries) * 1e6, 1);

    // The runtime-hooks issue's figure: 50 coroutines, each connecting and running one SELECT SLEEP(0.2), from the
    // first connect to the last answer (blocking PHP: 50 of them one after the other, about 10 s); then the TLS
    // issue's figure, the same over TLS with the server's certificate verified, when the server offers TLS.
    $result['fifty_sleeps_seconds'] = fifty_sleeps($ops, false);
    $result['fifty_sleeps_tls_seconds'] = getenv('STUDY_MYSQL_SSL_CA') ? fifty_sleeps($ops, true) : null;
});

function fifty_sleeps(array $ops, bool $tls): float
{
    $wg = $ops['wait_group'](50);
    $wrong = 0;
    $t = hrtime(true);
    for ($i = 0; $i < 50; $i++) {
        $ops['go'](function () use ($i, $tls, $wg, &$wrong) {
            $pdo = connect($tls);
            $row = $pdo->query("SELECT SLEEP(0.2), $i")->fetch(PDO::FETCH_NUM);
            $wrong += $row == [0, $i] ? 0 : 1;
            if ($tls && $pdo->query("SHOW SESSION STATUS LIKE 'Ssl_cipher'")->fetch(PDO::FETCH_NUM)[1] === '') {
                $wrong++;
            }
            $wg->done();
        });
    }
    $wg->wait();
    if ($wrong > 0) {
        fwrite(STDERR, "bench/mysql.php: $wrong wrong answers to SELECT SLEEP(0.2)" . ($tls ? ' over TLS' : '') . "\n");
        exit(1);
    }
    return round((hrtime(true) - $t) / 1e9, 3);
}

echo json_encode($result), "\n";
