--TEST--
Study\Process\Pool: SIGTERM to the master of 2 workers serving HTTP on a server they inherited, while a slow request is in flight and a keep-alive connection waits idle: the slow request finishes (its end is written after the worker got SIGTERM), the idle connection is closed, and the master exits with status 0 once both workers drained; its port is closed then
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/http_pool.inc';

$service = http_pool_start();
[, , $port, $master] = $service;
[$idle, $idlePid] = http_pool_connection($port);
[$busy, $busyPid] = http_pool_connection($port);
$started = http_pool_start_slow($busy);
echo "slow request under way: ", str_contains($started, "started $busyPid\n") ? "yes" : "no: $started", "\n";

posix_kill($master, SIGTERM);
[$whole, $text] = http_pool_finish_slow($busy, $started);
echo "slow request: ", $whole ? "finished" : "cut", str_contains($text, 'finished after SIGTERM') ? " after SIGTERM" : "",
    "\n";
echo "idle keep-alive connection: ", $idle->recv(65536, 60) === '' ? "closed by the server" : "not closed", "\n";
[$status, $out, $err] = http_pool_stop($service, false);
echo "master: exit status $status, ", trim($out), "\n";
echo "master's log: ", $err === '' ? "nothing" : $err, "\n";
$late = new Study\Coroutine\Socket();
echo "connect after the master's exit: ", @$late->connect('127.0.0.1', $port, 60) ? "accepted" : "refused", "\n";
?>
--EXPECT--
slow request under way: yes
slow request: finished after SIGTERM
idle keep-alive connection: closed by the server
master: exit status 0, start() returned true
master's log: nothing
connect after the master's exit: refused
