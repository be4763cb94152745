--TEST--
Study\Runtime::HOOK_PGSQL: a fatal error (E_USER_ERROR) in one coroutine while another waits in pg_query('SELECT pg_sleep(30)') ends the child PHP long before the query's 600 s: the request's shutdown cancels the query on the server instead of letting pgsql's close wait for its result (the bound, 300 s, is no margin: a loaded machine with valgrind took 27 s, where the old bound of 10 s under a 30 s query failed)
--EXTENSIONS--
study
pdo
pdo_pgsql
pgsql
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
// The child PHP loads the same study.so as this process, after pgsql (as an ini file's extension would be).
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$inc = var_export(__DIR__ . '/pgsql.inc', true);
$code = <<<CHILD
<?php
require $inc;
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
\$sending = new Study\Coroutine\Channel(1);
Sgo(function () use (\$sending) {
    \$db = pgsql_connect();
    \$sending->push(true);
    pg_query(\$db, 'SELECT pg_sleep(600)');
    echo "THE QUERY ENDED\n";
});
Sgo(function () use (\$sending) {
    \$sending->pop(); // the other coroutine sends its query and waits in it before this one runs again
    echo "fatal error while the query waits\n";
    trigger_error('boom', E_USER_ERROR);
});
CHILD;
$file = tempnam(sys_get_temp_dir(), 'study');
file_put_contents($file, $code);
// PHP 8.4 deprecates E_USER_ERROR, still the simplest fatal error on every version.
$cmd = [PHP_BINARY, '-n', '-d', 'extension=pgsql', '-d', "extension=$m[1]", '-d', 'display_errors=1',
    '-d', 'log_errors=0', '-d', 'error_reporting=' . (E_ALL & ~E_DEPRECATED), '-d', 'fatal_error_backtraces=0', $file];
// A fatal error leaves PHP's objects unfreed, which valgrind (tracing the child) would report without the tracked
// allocator that frees them in one go.
$env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
$start = hrtime(true);
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
$status = proc_close($proc);
$elapsed = (hrtime(true) - $start) / 1e9;
unlink($file);
echo str_replace($file, 'FILE', $out), "status $status\n";
echo $elapsed < 300 ? "ended long before the query would have\n" : sprintf("TOOK %.1f s\n", $elapsed);
?>
--EXPECTF--
fatal error while the query waits

Fatal error: boom in FILE on line %d
status 255
ended long before the query would have
