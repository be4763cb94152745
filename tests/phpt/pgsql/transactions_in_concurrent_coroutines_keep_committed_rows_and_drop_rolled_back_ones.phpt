--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: 10 coroutines each insert a row in a transaction on their own connection (PDO or pgsql), sleep on the server inside it, and commit (even ones) or roll back (odd ones); a row lock held by one transaction makes another wait as a coroutine until the holder commits; the table then holds exactly the committed rows, and the transaction status is what libpq reports without hooks
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

Study\Runtime::enableCoroutine();
$setup = pgsql_pdo();
$setup->exec('DROP TABLE IF EXISTS study_tx; CREATE TABLE study_tx (id int PRIMARY KEY, note text)');

$wg = new Study\Coroutine\WaitGroup(10);
for ($i = 0; $i < 10; $i++) {
    Sgo(function () use ($i, $wg) {
        if ($i < 5) {
            $pdo = pgsql_pdo();
            $pdo->beginTransaction();
            $pdo->exec("INSERT INTO study_tx VALUES ($i, 'pdo')");
            $pdo->query('SELECT pg_sleep(0.1)');
            $i % 2 === 0 ? $pdo->commit() : $pdo->rollBack();
            $in = $pdo->inTransaction();
        } else {
            $db = pgsql_connect();
            pg_query($db, 'BEGIN');
            pg_query($db, "INSERT INTO study_tx VALUES ($i, 'pgsql')");
            $in_tx = pg_transaction_status($db) === PGSQL_TRANSACTION_INTRANS;
            pg_query($db, 'SELECT pg_sleep(0.1)');
            pg_query($db, $i % 2 === 0 ? 'COMMIT' : 'ROLLBACK');
            $in = !$in_tx || pg_transaction_status($db) !== PGSQL_TRANSACTION_IDLE;
        }
        if ($in) {
            echo "coroutine $i: WRONG TRANSACTION STATUS\n";
        }
        $wg->done();
    });
}
$wg->wait();
echo json_encode($setup->query('SELECT id, note FROM study_tx ORDER BY id')->fetchAll(PDO::FETCH_NUM)), "\n";

// A row lock: the holder keeps it until the waiter has started waiting for it, then commits.
$events = [];
$holder = pgsql_connect();
pg_query($holder, 'BEGIN');
pg_query($holder, "UPDATE study_tx SET note = 'held' WHERE id = 0");
$waiter = Sgo(function () use (&$events) {
    $pdo = pgsql_pdo();
    $events[] = 'waiter sends its update';
    $pdo->exec("UPDATE study_tx SET note = 'waiter' WHERE id = 0");
    $events[] = 'waiter updated';
});
// pg_stat_activity shows the whole server: the lock waits of this test's database (a second run of the suite beside
// this one, scripts/test.sh's second lane, uses a database of its own on the same server).
$watcher = pgsql_pdo();
while ((int) $watcher->query("SELECT count(*) FROM pg_stat_activity
        WHERE wait_event_type = 'Lock' AND datname = current_database()")->fetchColumn() === 0) {
    usleep(10000);
}
$events[] = 'holder commits';
pg_query($holder, 'COMMIT');
Study\Coroutine::join([$waiter]);
echo implode("\n", $events), "\n";
echo $setup->query('SELECT note FROM study_tx WHERE id = 0')->fetchColumn(), "\n";
$setup->exec('DROP TABLE study_tx');
?>
--EXPECT--
[[0,"pdo"],[2,"pdo"],[4,"pdo"],[6,"pgsql"],[8,"pgsql"]]
waiter sends its update
holder commits
waiter updated
waiter
