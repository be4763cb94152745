--TEST--
Study\Process\Pool: an HTTP server with reuse_port in each of 2 workers listens on one port; a client gets answers from both pids; SIGTERM drains both servers and start() returns true
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/pool.inc';
use Study\Coroutine\System;
use Study\Http\{Server, Request, Response};
use Study\Process\Pool;

$dir = pool_dir();
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);

$pool = new Pool(3);
$result = $pool->start(function (int $id) use ($dir, $port) {
    if ($id < 2) {
        $server = new Server('127.0.0.1', $port, ['reuse_port' => true]);
        $server->handle('/', function (Request $req, Response $res) {
            $res->end((string)getmypid());
        });
        Sgo(function () use ($server, $dir, $id) {
            pool_append("$dir/ready", (string)$id);
            System::waitSignal(SIGTERM);
            $server->shutdown();
        });
        $server->start();
        pool_append("$dir/stopped", (string)$id);
        return;
    }
    // Worker 2 is the client: blocking requests, each on a new connection, until both servers answered. It ends when
    // the stop's SIGTERM comes (rather than be killed by it, which valgrind reports as a leak of the dying process).
    Sgo(fn() => System::waitSignal(SIGTERM));
    while (count(pool_lines("$dir/ready")) < 2) {
        usleep(10000);
    }
    $seen = [];
    $until = microtime(true) + 60; // a bound a loaded machine cannot reach, for a server that never answers
    $context = stream_context_create(['http' => ['header' => "Connection: close\r\n", 'timeout' => 30]]);
    while (count($seen) < 2 && microtime(true) < $until) {
        $pid = @file_get_contents("http://127.0.0.1:$port/", false, $context);
        if ($pid !== false) {
            $seen[$pid] = true;
        }
    }
    pool_append("$dir/answers", implode(' ', array_keys($seen)));
    posix_kill(Pool::masterPid(), SIGTERM);
});
var_dump($result);
echo count(pool_lines("$dir/stopped")), " servers stopped\n";
$answers = explode(' ', pool_lines("$dir/answers")[0]);
echo count($answers), " server pids answered, ", in_array((string)getmypid(), $answers, true) ? "one is the master" : "none is the master", "\n";
echo pool_no_child_left(), "\n";
?>
--EXPECT--
bool(true)
2 servers stopped
2 server pids answered, none is the master
no child left
