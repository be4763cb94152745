--TEST--
Study\Process\Pool: SIGHUP to the master of 2 workers serving HTTP on a server they inherited, under load (keep-alive and one-request connections): both workers are replaced (new pids answer, the old ones end) and no request fails; a request that got nothing back on a reused keep-alive connection is retried, as HTTP clients do, and only on the old workers' connections; SIGTERM then stops the master with status 0
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
$load = new HttpPoolLoad($port, 4, 2);
$load->until(fn($load) => count($load->pids()) >= 2);
$old = $load->pids();
posix_kill($master, SIGHUP);
// Both successors answered, and both old workers drained and ended, while the load went on.
$load->until(fn($load) => count(array_diff($load->pids(), $old)) >= 2 &&
    http_pool_gone($old[0]) && http_pool_gone($old[1]));
$answered = $load->ok;
$load->until(fn($load) => $load->ok >= $answered + 20); // and the new workers alone serve on
$load->finish();
[$status, $out, $err] = http_pool_stop($service);

echo count($load->pids()), " pids answered: 2 old, ", count(array_diff($load->pids(), $old)), " new\n";
echo "failed requests: ", count($load->failures), "\n", $load->failureLines();
echo "retried only on the old workers' connections: ",
    array_diff(array_keys($load->retries), $old) === [] ? "yes" : "no", "\n";
echo "master: exit status $status, ", trim($out), "\n";
echo "master's log: ", $err === '' ? "nothing" : $err, "\n";
?>
--EXPECT--
4 pids answered: 2 old, 2 new
failed requests: 0
retried only on the old workers' connections: yes
master: exit status 0, start() returned true
master's log: nothing
