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
require __DIR__ . '/pgsql.inc';
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
$start = hrtime(true);
$proc = pgsql_open_child_php($file, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
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
