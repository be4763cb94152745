--TEST--
Study\Runtime::HOOK_PGSQL: pg_get_result() after pg_send_query() waits as a coroutine (10 coroutines: every query sent before the first result came back), pg_connection_reset() reconnects in a coroutine, and a coroutine that runs a query on a connection another coroutine waits in (pgsql or PDO) gets an Error (pg_query() also warns of the query it could not send, with libpq's words "another command is already in progress", once, written to nothing the waiting query reads: its connection's error message is untouched) instead of a mixed-up connection
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
$events = [];
$rows = [];
$wg = new Study\Coroutine\WaitGroup(10);
$connections = [];
for ($i = 0; $i < 10; $i++) {
    $connections[$i] = pgsql_connect();
}
for ($i = 0; $i < 10; $i++) {
    Sgo(function () use ($i, $wg, $connections, &$events, &$rows) {
        $db = $connections[$i];
        var_dump(pg_send_query($db, "SELECT pg_sleep(0.2)::text, $i"));
        $events[] = "sent $i";
        $rows[$i] = pg_fetch_row(pg_get_result($db));
        $events[] = pg_get_result($db) === false ? "got $i" : "MORE RESULTS $i";
        $wg->done();
    });
}
$wg->wait();
$sent = array_keys(preg_grep('/^sent /', $events));
$got = array_keys(preg_grep('/^got /', $events));
echo count($got) === 10 && max($sent) < min($got) ? "every query was sent before the first result came back\n"
    : implode(', ', $events) . "\n";
ksort($rows);
echo json_encode(array_map(fn($row) => $row[1], $rows)), "\n";

pgsql_in_coroutine(function () {
    $db = pgsql_connect();
    $before = pg_get_pid($db);
    var_dump(pg_connection_reset($db), pg_connection_status($db) === PGSQL_CONNECTION_OK);
    echo pg_get_pid($db) !== $before ? "a new backend\n" : "THE SAME BACKEND\n";
    echo pg_fetch_result(pg_query($db, 'SELECT 7'), 0, 0), "\n";

    $shared = pgsql_connect();
    $waiter = Sgo(function () use ($shared) {
        $value = pg_fetch_result(pg_query($shared, "SELECT pg_sleep(0.1)::text || 'slept'"), 0, 0);
        echo "waiter: $value\n";
    });
    try {
        pg_query($shared, 'SELECT 1');
        echo "NO ERROR\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    Study\Coroutine::join([$waiter]);
    echo 'then: ', pg_fetch_result(pg_query($shared, 'SELECT 2'), 0, 0), "\n";
});

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PDO_PGSQL);
pgsql_in_coroutine(function () {
    $pdo = pgsql_pdo();
    $waiter = Sgo(function () use ($pdo) {
        $value = $pdo->query("SELECT pg_sleep(0.1)::text || 'slept'")->fetchColumn();
        echo "PDO waiter: $value\n";
    });
    try {
        $pdo->query('SELECT 1');
        echo "NO ERROR\n";
    } catch (Throwable $e) {
        echo 'PDO: ', get_class($e), ': ', $e->getMessage(), "\n";
        $previous = $e->getPrevious();
        echo $previous ? 'previous: ' . get_class($previous) . ': ' . $previous->getMessage() . "\n" : '';
    }
    Study\Coroutine::join([$waiter]);
    echo 'PDO then: ', $pdo->query('SELECT 3')->fetchColumn(), "\n";
});
?>
--EXPECTF--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
every query was sent before the first result came back
["0","1","2","3","4","5","6","7","8","9"]
bool(true)
bool(true)
a new backend
7

Warning: pg_query(): Query failed: another command is already in progress in %s on line %d
Error: PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time
waiter: slept
then: 2
PDO: Error: PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time
PDO waiter: slept
PDO then: 3
