<?php
// An HTTP server in 2 worker processes on one port (SO_REUSEPORT), supervised by the master:
//   php -d extension=modules/study.so examples/pool_http.php
//   curl http://127.0.0.1:8080/          # answered by either worker
//   kill -HUP <master pid>               # rolling reload: new pids, one worker at a time
//   kill -TERM <master pid>              # every worker drains and exits; the master returns
use Study\Coroutine\System;
use Study\Http\{Server, Request, Response};
use Study\Process\Pool;

echo "master ", getmypid(), "\n";
$pool = new Pool(2, ['stop_timeout' => 5]);
$pool->start(function (int $workerId) {
    $server = new Server('127.0.0.1', 8080, ['reuse_port' => true]);
    $server->handle('/', function (Request $req, Response $res) use ($workerId) {
        $res->end("worker $workerId, pid " . getmypid() . "\n");
    });
    Sgo(function () use ($server) {
        System::waitSignal(SIGTERM);   // asked to stop (a stop or a reload): finish the running requests
        $server->shutdown();
    });
    fwrite(STDERR, "worker $workerId: pid " . getmypid() . "\n");
    $server->start();
});
echo "stopped\n";
