--TEST--
Study\Process\Pool: one reuse_port Study\Http\Server per worker, all made in the master on one port before start(): worker $id serves $servers[$id]; both answer; after SIGKILL of worker 0, the connections the kernel gives its queue wait for its replacement (same id, new pid), which answers them: no request fails
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
$servers = [new Server('127.0.0.1', 0, ['reuse_port' => true])];
$servers[] = new Server('127.0.0.1', $servers[0]->port, ['reuse_port' => true]);
$port = $servers[0]->port;
foreach ($servers as $server) {
    $server->handle('/', fn(Request $request, Response $response) => $response->end(getmypid() . ' ' . Pool::workerId()));
}

$pool = new Pool(3);
$result = $pool->start(function (int $id) use ($dir, $servers, $port) {
    if ($id < 2) {
        $server = $servers[$id];
        Sgo(function () use ($server) {
            System::waitSignal(SIGTERM);
            $server->shutdown();
        });
        $server->start();
        return;
    }
    // Worker 2 is the client: one request per connection, one after the other (none is in flight at the kill).
    Sgo(fn() => System::waitSignal(SIGTERM));
    $context = stream_context_create(['http' => ['header' => "Connection: close\r\n", 'timeout' => 60]]);
    $failed = 0;
    $ask = function () use ($port, $context, &$failed): array {
        $body = @file_get_contents("http://127.0.0.1:$port/", false, $context);
        if ($body === false) {
            $failed++;
            return [0, -1];
        }
        return array_map('intval', explode(' ', $body));
    };
    $seen = [];
    while (count($seen) < 2) {
        [$pid, $worker] = $ask();
        $seen[$worker] = $pid;
    }
    posix_kill($seen[0], SIGKILL);
    $answers = 0;
    do {
        [$pid, $worker] = $ask();
        $answers++;
    } while (!($worker === 0 && $pid !== $seen[0]));
    pool_append("$dir/result", "failed $failed, replacement of worker 0 answered: " . ($pid !== $seen[0] ? "yes" : "no"));
    posix_kill(Pool::masterPid(), SIGTERM);
});
var_dump($result);
echo implode("\n", pool_lines("$dir/result")), "\n";
echo pool_no_child_left(), "\n";
?>
--EXPECTF--
study pool: worker 0 (pid %d) was killed by signal 9 (SIGKILL); restarting it in 0 s
bool(true)
failed 0, replacement of worker 0 answered: yes
no child left
