<?php
// An HTTP service ready for production behind a load balancer or in Kubernetes (README "Running in production"):
//   /metrics   the runtime's metrics for Prometheus (Study\Runtime::metrics(), README "Metrics")
//   /ready     readiness: 200 while serving, 503 once the process has been asked to stop
//   /live      liveness: 200 while the process runs
//   /          the application (here: a greeting); /download?mb=N streams N MiB, a long request to watch the drain
//
// SIGTERM (or SIGINT): /ready answers 503 for DRAIN_DELAY seconds, so that the load balancer stops sending new
// requests; a second signal ends that wait at once. Then the server stops accepting, lets the requests in flight
// finish (at most SHUTDOWN_TIMEOUT seconds) and the process exits with status 0. A third signal ends it at once.
// Logs go to stderr, one logfmt line per event.
//
//   php -d extension=modules/study.so examples/metrics_http.php
//   curl http://127.0.0.1:8080/metrics
//   kill -TERM <pid>
//
// Settings from the environment: HOST (0.0.0.0), PORT (8080; 0 picks a free one, logged), WORKERS (1; more runs a
// Study\Process\Pool of that many processes on one fixed port with SO_REUSEPORT: each serves its own metrics),
// DRAIN_DELAY (5), SHUTDOWN_TIMEOUT (20). Kubernetes' terminationGracePeriodSeconds must be longer than
// DRAIN_DELAY + SHUTDOWN_TIMEOUT (the default 30 s is: 5 + 20 and a margin).
use Study\Coroutine\System;
use Study\Http\{Server, Request, Response};
use Study\Process\Pool;
use Study\Runtime;

function log_event(string $message, array $fields = []): void {
    $line = date('Y-m-d\TH:i:sP') . ' pid=' . getmypid();
    if (Pool::workerId() >= 0) {
        $line .= ' worker=' . Pool::workerId();
    }
    foreach (['msg' => $message] + $fields as $name => $value) {
        $line .= " $name=" . (is_string($value) && strpbrk($value, " \"=") !== false ? json_encode($value) : $value);
    }
    fwrite(STDERR, "$line\n");
}

function setting(string $name, float $default): float {
    $value = getenv($name);
    return $value === false || $value === '' ? $default : (float)$value;
}

function serve(string $host, int $port, bool $reusePort, float $drainDelay, float $shutdownTimeout): void {
    $server = new Server($host, $port, ['reuse_port' => $reusePort, 'shutdown_timeout' => $shutdownTimeout]);
    $ready = true;
    $inFlight = 0;
    // Counts the requests being handled, for the logs of the drain.
    $counted = function (callable $handler) use (&$inFlight): Closure {
        return function (Request $req, Response $res) use ($handler, &$inFlight) {
            $inFlight++;
            try {
                $handler($req, $res);
            } finally {
                $inFlight--;
            }
        };
    };
    $server->handle('/metrics', function (Request $req, Response $res) {
        $res->header('Content-Type', 'text/plain; version=0.0.4');
        $res->end(Runtime::metrics());
    });
    $server->handle('/ready', function (Request $req, Response $res) use (&$ready) {
        $res->status($ready ? 200 : 503);
        $res->end($ready ? "ready\n" : "draining\n");
    });
    $server->handle('/live', fn(Request $req, Response $res) => $res->end("live\n"));
    $server->handle('/download', $counted(function (Request $req, Response $res) {
        $mebibytes = max(1, min(1024, (int)($req->get['mb'] ?? 1)));
        $res->header('Content-Type', 'application/octet-stream');
        $piece = str_repeat("\0", 65536);
        for ($i = 0; $i < $mebibytes * 16; $i++) {
            if (!$res->write($piece)) {
                return; // the client left
            }
        }
        $res->end();
    }));
    $server->handle('/', $counted(fn(Request $req, Response $res) => $res->end("hello from " . getmypid() . "\n")));

    Sgo(function () use ($server, &$ready, &$inFlight, $drainDelay, $shutdownTimeout) {
        $signal = System::waitSignal([SIGTERM, SIGINT]);
        $ready = false;
        log_event('stopping: readiness 503', ['signal' => $signal, 'drain_delay' => $drainDelay]);
        if (System::waitSignal([SIGTERM, SIGINT], $drainDelay) !== false) {
            log_event('second signal: stop accepting now');
        }
        log_event('draining', ['in_flight' => $inFlight, 'shutdown_timeout' => $shutdownTimeout]);
        $server->shutdown();
    });
    log_event('listening', ['address' => "http://$server->host:$server->port"]);
    $server->start();
    log_event('stopped', ['in_flight' => $inFlight]);
    // Requests still running after shutdown_timeout are not waited for.
    exit(0);
}

$host = getenv('HOST') ?: '0.0.0.0';
$port = (int)setting('PORT', 8080);
$workers = (int)setting('WORKERS', 1);
$drainDelay = setting('DRAIN_DELAY', 5);
$shutdownTimeout = setting('SHUTDOWN_TIMEOUT', 20);
if ($workers <= 1) {
    serve($host, $port, false, $drainDelay, $shutdownTimeout);
}
// The master forwards SIGTERM to every worker, and kills one that has not ended after its whole drain.
log_event('master', ['workers' => $workers]);
$pool = new Pool($workers, ['stop_timeout' => $drainDelay + $shutdownTimeout + 1]);
$pool->start(fn(int $workerId) => serve($host, $port, true, $drainDelay, $shutdownTimeout));
log_event('master stopped');
