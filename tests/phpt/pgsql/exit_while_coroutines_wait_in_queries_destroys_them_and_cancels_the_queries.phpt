--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: exit() in the main script while coroutines wait in SELECT pg_sleep(30) destroys them as any suspended coroutine: their finally blocks and defers run, the query does not return into user code and reports no error of its own, the queries are canceled on the server (the script ends long before 30 s), and shutdown functions see the exit
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
use Study\Coroutine\WaitGroup;

var_dump(Study\Runtime::enableCoroutine());
$start = hrtime(true);
register_shutdown_function(fn() => print("shutdown function\n"));

$connected = new WaitGroup(2);
$querying = new WaitGroup(2);
foreach (['PDO', 'pg_query'] as $api) {
    Sgo(function () use ($api, $connected, $querying, $start) {
        Sco::defer(function () use ($api, $start) {
            printf("%s: defer, %s\n", $api, (hrtime(true) - $start) / 1e9 < 20 ? 'long before 30 s' : 'AFTER 20 s');
        });
        try {
            $connection = $api === 'PDO' ? pgsql_pdo() : pgsql_connect();
            $connected->done();
            $connected->wait();
            $querying->done();
            $api === 'PDO' ? $connection->query('SELECT pg_sleep(30)') : pg_query($connection, 'SELECT pg_sleep(30)');
            echo "$api: the query returned into user code\n";
        } finally {
            echo "$api: finally\n";
        }
    });
}
$querying->wait();
echo "main script exits\n";
exit(3);
?>
--EXPECT--
bool(true)
main script exits
shutdown function
PDO: finally
PDO: defer, long before 30 s
pg_query: finally
pg_query: defer, long before 30 s
