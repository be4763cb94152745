<?php
// An HTTP server in 2 worker processes on one port, supervised by the master, which makes the server: the workers
// inherit its listening socket and accept on it (the master never does).
//   php -d extension=modules/study.so examples/pool_http.php
//   curl http://127.0.0.1:8080/          # answered by either worker
//   kill -HUP <master pid>               # rolling reload: new pids, one worker at a time, no request lost
//   kill -TERM <master pid>              # every worker drains and exits; the master returns
use Study\Coroutine\System;
use Study\Http\{Server, Request, Response};
use Study\Process\Pool;

echo "master ", getmypid(), "\n";
$server = new Server('127.0.0.1', 8080);
$server->handle('/', function (Request $req, Response $res) {
    $res->end("worker " . Pool::workerId() . ", pid " . getmypid() . "\n");
});
$pool = new Pool(2, ['stop_timeout' => 15]);  // more than the server's shutdown_timeout (10 s): drains finish
$pool->start(function (int $workerId) use ($server) {
    Sgo(function () use ($server) {
        System::waitSignal(SIGTERM);   // asked to stop (a stop or a reload): finish the running requests
        $server->shutdown();
    });
    fwrite(STDERR, "worker $workerId: pid " . getmypid() . "\n");
    $server->start();
});
echo "stopped\n";
