--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: a query in a destructor that runs in a coroutine (where the engine may not switch before PHP 8.4) or in the main script gets its rows, blocking as without hooks
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

class Closer
{
    public function __construct(private PDO $pdo, private PgSql\Connection $db) {}
    public function __destruct()
    {
        echo 'PDO in destructor: ', $this->pdo->query('SELECT 40 + 2')->fetchColumn(), "\n";
        echo 'pg_query in destructor: ', pg_fetch_result(pg_query($this->db, 'SELECT 6 * 7'), 0, 0), "\n";
        echo 'pg_connect in destructor: ', pg_fetch_result(pg_query(pgsql_connect(), 'SELECT 1'), 0, 0), "\n";
    }
}

Study\Runtime::enableCoroutine();
pgsql_in_coroutine(function () {
    $closer = new Closer(pgsql_pdo(), pgsql_connect());
    unset($closer);
    echo "coroutine goes on\n";
});
$closer = new Closer(pgsql_pdo(), pgsql_connect());
unset($closer);
echo "done\n";
?>
--EXPECT--
PDO in destructor: 42
pg_query in destructor: 42
pg_connect in destructor: 1
coroutine goes on
PDO in destructor: 42
pg_query in destructor: 42
pg_connect in destructor: 1
done
