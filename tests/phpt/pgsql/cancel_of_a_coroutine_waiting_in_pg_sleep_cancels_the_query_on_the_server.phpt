--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: Sco::cancel() of a coroutine waiting in SELECT pg_sleep(30) cancels the query on the server (PQcancel): the call fails as a query canceled from elsewhere does (57014, "canceling statement due to user request") long before 30 s, and the same connection then answers SELECT 1
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

use Study\Coroutine as Sco;

/**
 * Waits (as a coroutine) until the server runs a query containing $marker, seen from another connection, on this
 * test's database: pg_stat_activity shows the whole server, and a second run of the suite beside this one
 * (scripts/test.sh's second lane, on a database of its own) may run the same query.
 */
function wait_until_running(string $marker): void
{
    $watcher = pgsql_pdo();
    $statement = $watcher->prepare("SELECT count(*) FROM pg_stat_activity
        WHERE state = 'active' AND datname = current_database() AND query LIKE ?");
    do {
        usleep(10000);
        $statement->execute(["%$marker%"]);
    } while ((int) $statement->fetchColumn() === 0);
}

function cancel_while_waiting(string $label, callable $connect, callable $sleep, callable $select_one): void
{
    $connection = $connect();
    $start = hrtime(true);
    $id = Sgo(function () use ($label, $connection, $sleep, $select_one, $start) {
        echo "$label: ", $sleep($connection), "\n";
        printf("%s: ended %s\n", $label, (hrtime(true) - $start) / 1e9 < 20 ? 'long before 30 s' : 'AFTER 20 s');
        echo "$label: then SELECT 1 gives ", $select_one($connection), "\n";
    });
    wait_until_running("30 /* $label */");
    $canceled = Sco::cancel($id); // runs the canceled coroutine at once, up to its next wait
    Sco::join([$id]);
    echo "$label: Sco::cancel() gave ", var_export($canceled, true), "\n";
}

Study\Runtime::enableCoroutine();
Sgo(function () {
    cancel_while_waiting(
        'PDO',
        fn() => pgsql_pdo(),
        function (PDO $pdo) {
            try {
                $pdo->query('SELECT pg_sleep(30 /* PDO */)');
                return 'NOT CANCELED';
            } catch (PDOException $e) {
                return pgsql_describe($e);
            }
        },
        fn(PDO $pdo) => $pdo->query('SELECT 1')->fetchColumn(),
    );
    cancel_while_waiting(
        'pg_query',
        fn() => pgsql_connect(),
        function (PgSql\Connection $db) {
            $result = @pg_query($db, 'SELECT pg_sleep(30 /* pg_query */)');
            return var_export($result, true) . ', ' . trim(pg_last_error($db));
        },
        fn(PgSql\Connection $db) => pg_fetch_result(pg_query($db, 'SELECT 1'), 0, 0),
    );
});
?>
--EXPECT--
PDO: PDOException (code '57014'): SQLSTATE[57014]: Query canceled: 7 ERROR:  canceling statement due to user request errorInfo=["57014",7,"ERROR:  canceling statement due to user request"]
PDO: ended long before 30 s
PDO: then SELECT 1 gives 1
PDO: Sco::cancel() gave true
pg_query: false, ERROR:  canceling statement due to user request
pg_query: ended long before 30 s
pg_query: then SELECT 1 gives 1
pg_query: Sco::cancel() gave true
