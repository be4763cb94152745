<?php
// The HTTP server of bench/pool.sh: every request burns about 1 ms of CPU in the same PHP loop on every runtime
// (BENCH_POOL_ITERATIONS turns, calibrated once by bench/pool.sh), then answers with the loop's result.
// Usage: php [-d extension=...] bench/pool_server.php RUNTIME short|keepalive PORT, RUNTIME being
//   study-N             Study\Process\Pool with N workers serving one Study\Http\Server made by the master and
//                       inherited by every worker (each worker accepts on the one listening socket)
//   study-reuseport-N   the same pool, each worker serving its own Study\Http\Server on the port (reuse_port: one
//                       listening socket per worker, the kernel spreads the connections over them), made by the master
//   swoole-base-N       Swoole\Http\Server, SWOOLE_BASE, worker_num N (each worker accepts on the one socket)
//   swoole-process-N    Swoole\Http\Server, SWOOLE_PROCESS, worker_num N (a master with reactor threads accepts and
//                       hands each request to a worker)
// The mode makes no difference to the server (bench/server.sh passes it): each client's requests say whether the
// connection stays open. SIGTERM stops it gracefully.
//   php -n bench/pool_server.php calibrate     prints the number of turns that take about 1 ms here

function burn(int $turns): int {
    $x = 1;
    for ($i = 0; $i < $turns; $i++) {
        $x = ($x * 31 + $i) % 1000003;
    }
    return $x;
}

$runtime = $argv[1] ?? '';
if ($runtime === 'calibrate') {
    // The fastest of several runs: the least disturbed by whatever else runs on the machine.
    $turns = 200000;
    $best = INF;
    for ($run = 0; $run < 15; $run++) {
        $start = hrtime(true);
        burn($turns);
        $best = min($best, hrtime(true) - $start);
    }
    echo (int)round($turns * 1e6 / $best), "\n";
    exit(0);
}
$port = (int)($argv[3] ?? 8080);
$turns = (int)getenv('BENCH_POOL_ITERATIONS');
if ($turns <= 0 || !preg_match('/^(study|study-reuseport|swoole-base|swoole-process)-([1-9][0-9]*)$/', $runtime, $m)) {
    fwrite(STDERR, "usage: BENCH_POOL_ITERATIONS=N php bench/pool_server.php"
        . " study-N|study-reuseport-N|swoole-base-N|swoole-process-N MODE PORT\n");
    exit(2);
}
[, $kind, $workers] = $m;
$workers = (int)$workers;
$handler = function ($request, $response) use ($turns) {
    $response->header('Content-Type', 'text/plain');
    $response->end('burned ' . burn($turns));
};

if ($kind === 'study' || $kind === 'study-reuseport') {
    // Servers made here, before the fork, so that every worker listens from the first connection. Servers made by the
    // workers themselves would start listening one after the other, and a client whose keep-alive connections all
    // came while only the first one listened would load one worker for the whole run.
    // study-N: one listening socket, inherited; a worker accepts when it is free, as Swoole's SWOOLE_BASE workers do.
    // study-reuseport-N: one socket per worker; the kernel picks the socket by a hash of each connection's addresses,
    // busy worker or not, which evens out over many long connections but not over short ones (see the README).
    $servers = [];
    for ($id = 0; $id < $workers; $id++) {
        if ($kind === 'study' && $id > 0) {
            $servers[$id] = $servers[0];
            continue;
        }
        $options = $kind === 'study' ? ['backlog' => 512] : ['reuse_port' => true, 'backlog' => 512];
        $servers[$id] = new Study\Http\Server('127.0.0.1', $port, $options);
        $servers[$id]->handle('/', $handler);
    }
    $pool = new Study\Process\Pool($workers, ['stop_timeout' => 5]);
    $pool->start(function (int $id) use ($servers) {
        $server = $servers[$id];
        Sgo(function () use ($server) {
            Study\Coroutine\System::waitSignal(15); // SIGTERM (pcntl, which names it, may be a module not loaded)
            $server->shutdown();
        });
        $server->start();
    });
} else {
    $server = new Swoole\Http\Server('127.0.0.1', $port, $kind === 'swoole-base' ? SWOOLE_BASE : SWOOLE_PROCESS);
    $server->set(['worker_num' => $workers, 'backlog' => 512, 'log_level' => SWOOLE_LOG_WARNING]);
    $server->on('request', $handler);
    $server->start();
}
