--TEST--
Study\Runtime::HOOK_PGSQL: a NOTICE that a waiting query receives after another coroutine pg_close()d its connection goes nowhere (the deferred connection's notice processor does nothing): pgsql's own wrote into the closed link, making a notices array that nothing frees (valgrind's leak report: run-tests -m)
--EXTENSIONS--
study
pdo
pdo_pgsql
pgsql
--INI--
pgsql.ignore_notice=0
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/pgsql.inc';

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
pgsql_in_coroutine(function () {
    $db = pgsql_connect();
    $waiter = Sgo(function () use ($db) {
        $result = pg_query($db, "DO \$\$ BEGIN PERFORM pg_sleep(0.1); RAISE NOTICE 'after the close'; END \$\$");
        echo 'waiter: ', pg_result_status($result) === PGSQL_COMMAND_OK ? 'the query ran' : 'THE QUERY FAILED', "\n";
    });
    try {
        pg_close($db);
    } catch (Error $e) {
        echo 'pg_close: ', $e->getMessage(), "\n";
    }
    Study\Coroutine::join([$waiter]);
});
echo "done\n";
?>
--EXPECT--
pg_close: PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time
waiter: the query ran
done
