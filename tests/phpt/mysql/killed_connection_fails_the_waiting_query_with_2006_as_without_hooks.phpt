--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli: a connection that another connection KILLs while its coroutine waits in SELECT SLEEP(60) fails that query and the next one with 2006 MySQL server has gone away, the same class, code, message and warnings as without hooks
--EXTENSIONS--
study
mysqlnd
pdo
pdo_mysql
mysqli
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/mysql.inc';

// Long enough that the kill ends it however slow the killer's set-up: a query the kill missed would take a minute and
// return a row.
const WAITING = "SELECT SLEEP(60)";

// A user may kill only connections of the same account (user and host), so the killers connect the same way.
function via(string $api): string
{
    return $api === 'PDO' ? 'tcp' : 'unix';
}

// The victim's connection, its id, and how it runs a query.
function victim(string $api): array
{
    if ($api === 'PDO') {
        $pdo = mysql_pdo(via($api));
        return [$pdo->query('SELECT CONNECTION_ID()')->fetchColumn(), fn($sql) => $pdo->query($sql)->fetchAll()];
    }
    $mysqli = mysql_mysqli(via($api));
    return [$mysqli->thread_id, fn($sql) => $mysqli->query($sql)->fetch_all()];
}

// A killer that works without coroutines too: the server runs it, sent without waiting for its end (MYSQLI_ASYNC).
// It waits until the victim runs WAITING (for a minute at most), then kills its connection.
function server_side_killer(string $via, int $id): callable
{
    $killer = mysql_mysqli($via);
    $killer->query("BEGIN NOT ATOMIC
            DECLARE i INT DEFAULT 0;
            WHILE i < 6000 AND NOT EXISTS (SELECT 1 FROM information_schema.PROCESSLIST
                    WHERE ID = $id AND INFO = '" . WAITING . "') DO
                DO SLEEP(0.01);
                SET i = i + 1;
            END WHILE;
            KILL $id;
        END", MYSQLI_ASYNC);
    return fn() => $killer->reap_async_query();
}

// A killer coroutine with a connection of its own: it polls until the victim runs WAITING (for a minute at most),
// then kills it.
function coroutine_killer(string $via, int $id): callable
{
    $done = new Study\Coroutine\WaitGroup(1);
    Sgo(function () use ($via, $id, $done) {
        $killer = mysql_pdo($via);
        $waiting = $killer->prepare('SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID = ? AND INFO = ?');
        for ($deadline = hrtime(true) + 60e9; hrtime(true) < $deadline;) {
            $waiting->execute([$id, WAITING]);
            if ($waiting->fetchColumn() > 0) {
                break;
            }
            Sco::sleep(0.01);
        }
        $killer->exec("KILL $id");
        $done->done();
    });
    return fn() => $done->wait();
}

function killed_while_waiting(string $api, string $killer_kind): void
{
    [$id, $query] = victim($api);
    $finish_killer = $killer_kind === 'a coroutine' ? coroutine_killer(via($api), $id)
        : server_side_killer(via($api), $id);
    foreach (['the waiting query' => WAITING, 'the next query' => 'SELECT 1'] as $which => $sql) {
        try {
            $rows = $query($sql);
            echo "$api, killed by $killer_kind, $which: returned ", json_encode($rows), "\n";
        } catch (Throwable $e) {
            echo "$api, killed by $killer_kind, $which: ", mysql_describe($e), "\n";
        }
    }
    $finish_killer();
}

var_dump(Study\Runtime::enableCoroutine());
echo "-- hooked, in a coroutine\n";
foreach (['PDO', 'mysqli'] as $api) {
    mysql_in_coroutine(fn() => killed_while_waiting($api, 'a coroutine'));
    mysql_in_coroutine(fn() => killed_while_waiting($api, 'the server'));
}
var_dump(Study\Runtime::disableCoroutine());
echo "-- without hooks\n";
foreach (['PDO', 'mysqli'] as $api) {
    killed_while_waiting($api, 'the server');
}
?>
--EXPECT--
bool(true)
-- hooked, in a coroutine
PDO, killed by a coroutine, the waiting query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
PDO, killed by a coroutine, the next query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
PDO, killed by the server, the waiting query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
PDO, killed by the server, the next query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
mysqli, killed by a coroutine, the waiting query: mysqli_sql_exception (code 2006): MySQL server has gone away
mysqli, killed by a coroutine, the next query: mysqli_sql_exception (code 2006): MySQL server has gone away
mysqli, killed by the server, the waiting query: mysqli_sql_exception (code 2006): MySQL server has gone away
mysqli, killed by the server, the next query: mysqli_sql_exception (code 2006): MySQL server has gone away
bool(true)
-- without hooks
PDO, killed by the server, the waiting query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
PDO, killed by the server, the next query: PDOException (code 'HY000'): SQLSTATE[HY000]: General error: 2006 MySQL server has gone away errorInfo=["HY000",2006,"MySQL server has gone away"]
mysqli, killed by the server, the waiting query: mysqli_sql_exception (code 2006): MySQL server has gone away
mysqli, killed by the server, the next query: mysqli_sql_exception (code 2006): MySQL server has gone away
