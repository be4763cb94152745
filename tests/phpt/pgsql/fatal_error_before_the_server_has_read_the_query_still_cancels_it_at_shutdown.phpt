--TEST--
Study\Runtime::HOOK_PGSQL: a fatal error while a coroutine waits in a query the server has not read yet (its backend is stopped here; a loaded machine does the same for a moment) still ends the request soon: the shutdown's cancel, which the server ignores while it waits for a command, is sent again until the query ends (it was sent once, and pgsql's close then waited out the whole query)
--EXTENSIONS--
study
pdo
pdo_pgsql
pgsql
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
require __DIR__ . '/pgsql.inc';
$db = pgsql_connect();
$pid = $db ? pg_get_pid($db) : 0;
exec("kill -0 $pid 2>&1 # not-traced-by-valgrind", $out, $status);
if ($status !== 0 || !is_readable("/proc/$pid/status")) {
    die('skip this user may not stop and continue the server\'s processes (run as root or as the server\'s user)');
}
?>
--FILE--
<?php
require __DIR__ . '/pgsql.inc';
$inc = var_export(__DIR__ . '/pgsql.inc', true);
$code = <<<CHILD
<?php
require $inc;
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
\$sending = new Study\Coroutine\Channel(1);
Sgo(function () use (\$sending) {
    \$db = pgsql_connect();
    \$pid = pg_get_pid(\$db);
    echo "backend \$pid\n";
    // The query waits in the socket, unread, until the test continues the backend. The shell is not valgrind's to
    // trace (scripts/phpt.sh's marker): its kill reported an uninitialised read of its own.
    exec("kill -STOP \$pid # not-traced-by-valgrind");
    \$sending->push(true);
    pg_query(\$db, 'SELECT pg_sleep(600)');
    echo "THE QUERY ENDED\n";
});
Sgo(function () use (\$sending) {
    \$sending->pop(); // the other coroutine has sent its query and waits in it
    echo "fatal error while the query waits\n";
    trigger_error('boom', E_USER_ERROR);
});
CHILD;
$file = tempnam(sys_get_temp_dir(), 'study');
file_put_contents($file, $code);
$start = hrtime(true);
$proc = pgsql_open_child_php($file, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
$out = '';
$pid = 0;
while (($line = fgets($pipes[1])) !== false) {
    $out .= $line;
    if (preg_match('~^backend (\d+)$~', rtrim($line), $found)) {
        $pid = (int) $found[1];
    }
    if ($pid !== 0 && str_starts_with($line, 'fatal error')) {
        break;
    }
}
// The shutdown's first cancel makes the postmaster send the backend SIGINT, which waits while the backend is stopped
// (its bit in ShdPnd). Continued then, the backend takes the signal while it waits for a command, and ignores it.
$pending = false;
for ($i = 0; $pid !== 0 && $i < 6000 && !$pending; $i++) {
    $status = @file_get_contents("/proc/$pid/status");
    $pending = $status === false
        || (preg_match('~^ShdPnd:\s*([0-9a-f]+)$~m', $status, $mask) && (hexdec($mask[1]) & 2) !== 0);
    if (!$pending) {
        usleep(10000);
    }
}
echo $pending ? "the cancel reached the stopped backend\n" : "NO CANCEL REACHED THE BACKEND\n";
if ($pid !== 0) {
    exec("kill -CONT $pid # not-traced-by-valgrind");
}
$out .= stream_get_contents($pipes[1]);
$status = proc_close($proc);
$elapsed = (hrtime(true) - $start) / 1e9;
unlink($file);
echo preg_replace('~^backend \d+\n~m', '', str_replace($file, 'FILE', $out)), "status $status\n";
echo $elapsed < 300 ? "ended long before the query would have\n" : sprintf("TOOK %.1f s\n", $elapsed);
?>
--EXPECTF--
the cancel reached the stopped backend
fatal error while the query waits

Fatal error: boom in FILE on line %d
status 255
ended long before the query would have
