<?php
// SPDX-License-Identifier: MIT
// Memory of idle keep-alive HTTP connections: starts a server (bench/http_server.php, any runtime) as a child, opens
// N connections to it that each send one request and read its answer, then stay open and idle, and reports the
// server's RSS growth per connection (VmRSS from /proc before the first of them, after one warm-up request, and with
// all N idle). The client runs on study's coroutines.
// Usage: php -n -d extension=modules/study.so bench/http_idle.php N -- <server command taking the port last>
// e.g.   ... bench/http_idle.php 10000 -- php -n -d extension=modules/study.so bench/http_server.php study keepalive
// Both processes need N descriptors and more: raise `ulimit -n` first.

use Study\Coroutine\Socket;

$separator = array_search('--', $argv, true);
if ($separator === false || $separator + 1 >= count($argv)) {
    fwrite(STDERR, "usage: php bench/http_idle.php N -- server command...\n");
    exit(2);
}
$n = (int)($argv[1] ?? 10000);
$probe = stream_socket_server('tcp://127.0.0.1:0');
$port = (int)substr(strrchr(stream_socket_get_name($probe, false), ':'), 1);
fclose($probe);
$command = array_merge(array_slice($argv, $separator + 1), [(string)$port]);
$server = proc_open($command, [0 => ['pipe', 'r']], $pipes);
$pid = proc_get_status($server)['pid'];

function rss_kib(int $pid): int {
    foreach (file("/proc/$pid/status") ?: [] as $line) {
        if (str_starts_with($line, 'VmRSS:')) {
            return (int)preg_replace('/\D/', '', $line);
        }
    }
    return -1;
}

// One request on a new connection; the socket stays open (keep-alive) and is returned, or an error text.
function request(int $port): Socket|string {
    $socket = new Socket();
    if (!$socket->connect('127.0.0.1', $port, 30)) {
        return "connect: {$socket->errMsg}";
    }
    $socket->sendAll("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 30);
    $reply = '';
    while (!str_ends_with($reply, 'hello world')) {
        $data = $socket->recv(4096, 30);
        if ($data === false || $data === '') {
            return "recv: {$socket->errMsg}";
        }
        $reply .= $data;
    }
    return $socket;
}

$exit = 0;
$main = Sgo(function () use ($n, $port, $pid, $command, &$exit) {
    $warm = false;
    for ($i = 0; $i < 500 && !$warm instanceof Socket; $i++) {
        Sco::sleep(0.02);
        $warm = request($port);
    }
    if (!$warm instanceof Socket) {
        fwrite(STDERR, "the server did not answer: $warm\n");
        $exit = 1;
        return;
    }
    $warm->close();
    Sco::sleep(0.2);
    $before = rss_kib($pid);
    $sockets = [];
    $errors = [];
    $batch = 200; // below the servers' listen backlogs
    for ($start = 0; $start < $n; $start += $batch) {
        $ids = [];
        for ($i = $start; $i < min($n, $start + $batch); $i++) {
            $ids[] = Sgo(function () use ($port, $i, &$sockets, &$errors) {
                $result = request($port);
                if ($result instanceof Socket) {
                    $sockets[$i] = $result;
                } else {
                    $errors[] = $result;
                }
            });
        }
        Sco::join($ids);
    }
    Sco::sleep(0.5);
    $after = rss_kib($pid);
    $open = count($sockets);
    printf("server: %s\nidle keep-alive connections: %d (failed: %d%s)\nserver RSS: %d KiB before, %d KiB with them idle\n" .
        "RSS per idle connection: %.0f B\n", implode(' ', $command), $open, count($errors),
        $errors ? ', first: ' . $errors[0] : '', $before, $after, $open ? ($after - $before) * 1024 / $open : 0);
    foreach ($sockets as $socket) {
        $socket->close();
    }
});
Sco::join([$main]);
fclose($pipes[0]);
proc_terminate($server);
proc_close($server);
exit($exit);
