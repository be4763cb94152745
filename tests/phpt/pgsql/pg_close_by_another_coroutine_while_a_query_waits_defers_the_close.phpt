--TEST--
Study\Runtime::HOOK_PGSQL: pg_close() of a connection by one coroutine while another waits in a query on it does not free the connection under the waiting query: pg_close() (which reads the connection's pending results first) throws the Error of a connection in use by another coroutine, the waiting query gets its row, and libpq's PQfinish() is deferred until the waiting query has left the connection
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

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
pgsql_in_coroutine(function () {
    $db = pgsql_connect();
    $waiter = Sgo(function () use ($db) {
        $result = pg_query($db, "SELECT pg_sleep(0.1)::text || 'row'");
        echo 'waiter: ', pg_fetch_result($result, 0, 0), "\n";
    });
    try {
        pg_close($db);
        echo "NO ERROR\n";
    } catch (Error $e) {
        echo 'pg_close: ', $e->getMessage(), "\n";
    }
    Study\Coroutine::join([$waiter]);
});
echo "done\n";
?>
--EXPECT--
pg_close: PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time
waiter: row
done
