--TEST--
Study\Process\Pool: SIGKILL to one of 2 workers serving HTTP on a server they inherited, under keep-alive load, while each worker has a slow request in flight: the killed worker's slow request is cut, the other one's finishes; the load loses only requests the killed worker had accepted (its reused keep-alive connections end with nothing sent back and their requests are retried on new connections; a request in flight on a new connection it had accepted is lost), none of the other worker's; a replacement (new pid, same worker id) answers; the master logs the kill and exits 0 after SIGTERM
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
$load = new HttpPoolLoad($port, 4, 0);
$load->until(fn($load) => count($load->pids()) >= 2);
$workers = $load->pids();

// A connection to each worker (new ones until each worker has accepted one), each with a slow request in flight.
$slow = [];
while (count($slow) < 2) {
    [$socket, $pid] = http_pool_connection($port);
    if (in_array($pid, $workers, true) && !isset($slow[$pid])) {
        $slow[$pid] = [$socket, http_pool_start_slow($socket)];
    } else {
        $socket->close();
    }
}
[$victim, $survivor] = $workers;
$killed = hrtime(true);
posix_kill($victim, SIGKILL);
[$whole, $text] = http_pool_finish_slow(...$slow[$victim]);
echo "the killed worker's slow request: ", $whole ? "finished" : "cut", "\n";
posix_kill($survivor, SIGUSR1);
[$whole, $text] = http_pool_finish_slow(...$slow[$survivor]);
echo "the other worker's slow request: ", $whole ? "finished" : "cut",
    str_contains($text, "finished after SIGUSR1") ? " after SIGUSR1" : "", "\n";
foreach ($slow as [$socket]) {
    $socket->close();
}

$load->until(fn($load) => count($load->pids()) >= 3);
$replacement = array_values(array_diff($load->pids(), $workers))[0];
$after = ($load->firstSeen[$replacement] - $killed) / 1e9;
$answered = $load->ok;
$load->until(fn($load) => $load->ok >= $answered + 20);
$load->finish();
[$status, $out, $err] = http_pool_stop($service);

// What the killed worker had: requests on its reused connections (known by the pid that answered before), and at
// most one request per client on a new connection it had accepted and not answered (nothing came back). Nothing
// else may fail: the other worker's connections, the listening socket (the master and the other worker keep it).
$others = array_filter($load->failures, fn($failure) => $failure[0] !== $victim &&
    !($failure[0] === 0 && str_starts_with($failure[1], 'nothing back on a new connection')));
echo "failed requests not in flight on the killed worker: ", count($others), "\n";
echo "failed requests at most one per client: ", count($load->failures) <= 4 ? "yes" : "no", "\n";
if ($others !== [] || count($load->failures) > 4) {
    echo $load->failureLines();
}
echo "retried only on the killed worker's connections: ",
    array_diff(array_keys($load->retries), [$victim]) === [] ? "yes" : "no", "\n";
printf("a replacement answered %.3f s after the kill: %s\n", $after, $after < 30 ? "within 30 s" : "too late");
echo "master: exit status $status, ", trim($out), "\n";
echo "master's log: ", str_replace((string)$victim, 'VICTIM', trim($err)), "\n";
?>
--EXPECTF--
the killed worker's slow request: cut
the other worker's slow request: finished after SIGUSR1
failed requests not in flight on the killed worker: 0
failed requests at most one per client: yes
retried only on the killed worker's connections: yes
a replacement answered %f s after the kill: within 30 s
master: exit status 0, start() returned true
master's log: study pool: worker %d (pid VICTIM) was killed by signal 9 (SIGKILL); restarting it in 0 s
