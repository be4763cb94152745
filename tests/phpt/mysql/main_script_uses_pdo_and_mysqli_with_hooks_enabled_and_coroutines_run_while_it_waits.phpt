--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli in the main script, outside any coroutine: queries, prepared statements, a transaction and an error work as without hooks over TCP and the Unix socket, and while the main script waits for a lock a coroutine holds, that coroutine runs and releases it
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
use Study\Coroutine\WaitGroup;

function plain_use(): void
{
    foreach (['tcp', 'unix'] as $via) {
        $pdo = mysql_pdo($via);
        echo "PDO over $via: ", json_encode($pdo->query("SELECT 1 + 1, 'two'")->fetch(PDO::FETCH_NUM)), "\n";
        $s = $pdo->prepare('SELECT ? * 2, CONCAT(?, ?)');
        $s->execute([21, 'a', 'b']);
        echo "PDO over $via, prepared: ", json_encode($s->fetch(PDO::FETCH_NUM)), "\n";
        $pdo->exec('CREATE TEMPORARY TABLE t (v INT)');
        $pdo->beginTransaction();
        $pdo->exec('INSERT INTO t VALUES (1), (2)');
        $pdo->rollBack();
        $pdo->exec('INSERT INTO t VALUES (3)');
        echo "PDO over $via, after a rollback: ", json_encode($pdo->query('SELECT v FROM t')->fetchAll(PDO::FETCH_COLUMN)), "\n";
        try {
            $pdo->query('SELECT * FROM no_such_table');
        } catch (PDOException $e) {
            echo "PDO over $via, error: ", mysql_describe($e), "\n";
        }

        $mysqli = mysql_mysqli($via);
        echo "mysqli over $via: ", json_encode($mysqli->query("SELECT 1 + 1, 'two'")->fetch_row()), "\n";
        $s = $mysqli->prepare('SELECT ? * 2');
        $s->execute([21]);
        echo "mysqli over $via, prepared: ", json_encode($s->get_result()->fetch_row()), "\n";
        try {
            $mysqli->query('SELEC 1');
        } catch (mysqli_sql_exception $e) {
            echo "mysqli over $via, error: ", mysql_describe($e), "\n";
        }
    }
}

var_dump(Study\Runtime::enableCoroutine());
echo "-- hooked, in the main script\n";
plain_use();

// The main script asks for a named lock that a coroutine holds; the coroutine releases it once the server shows
// the main script waiting for it. Without the coroutine running meanwhile, GET_LOCK would time out after a minute
// and return 0. A named lock is the server's, not the database's: its name has the database in it, so that a run of
// this test beside another (scripts/test.sh's second lane, on a database of its own) does not take the same lock.
$events = [];
$main = mysql_pdo('unix');
$main_id = (int) $main->query('SELECT CONNECTION_ID()')->fetchColumn();
$gate = $main->quote('study_main_gate_' . $main->query('SELECT DATABASE()')->fetchColumn());
$held = new WaitGroup(1);
Sgo(function () use ($main_id, $gate, $held, &$events) {
    $holder = mysql_pdo('unix');
    $events[] = 'coroutine holds the lock: ' . $holder->query("SELECT GET_LOCK($gate, 0)")->fetchColumn();
    $held->done();
    $waiting = $holder->prepare("SELECT COUNT(*) FROM information_schema.PROCESSLIST
        WHERE ID = ? AND INFO LIKE 'SELECT GET_LOCK%'");
    for ($deadline = hrtime(true) + 60e9; hrtime(true) < $deadline;) {
        $waiting->execute([$main_id]);
        if ($waiting->fetchColumn() > 0) {
            $events[] = 'coroutine sees the main script waiting';
            break;
        }
        Sco::sleep(0.01);
    }
    // Recorded before the release: the main script's answer may come back before the coroutine's.
    $events[] = 'coroutine releases the lock';
    $holder->query("SELECT RELEASE_LOCK($gate)");
});
$held->wait();
$events[] = 'main script asks for the lock';
$events[] = 'main script got the lock: ' . $main->query("SELECT GET_LOCK($gate, 60)")->fetchColumn();
echo implode("\n", $events), "\n";

var_dump(Study\Runtime::disableCoroutine());
echo "-- without hooks\n";
plain_use();
?>
--EXPECTF--
bool(true)
-- hooked, in the main script
PDO over tcp: [2,"two"]
PDO over tcp, prepared: [42,"ab"]
PDO over tcp, after a rollback: [3]
PDO over tcp, error: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
mysqli over tcp: ["2","two"]
mysqli over tcp, prepared: [42]
mysqli over tcp, error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
PDO over unix: [2,"two"]
PDO over unix, prepared: [42,"ab"]
PDO over unix, after a rollback: [3]
PDO over unix, error: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
mysqli over unix: ["2","two"]
mysqli over unix, prepared: [42]
mysqli over unix, error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
coroutine holds the lock: 1
main script asks for the lock
coroutine sees the main script waiting
coroutine releases the lock
main script got the lock: 1
bool(true)
-- without hooks
PDO over tcp: [2,"two"]
PDO over tcp, prepared: [42,"ab"]
PDO over tcp, after a rollback: [3]
PDO over tcp, error: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
mysqli over tcp: ["2","two"]
mysqli over tcp, prepared: [42]
mysqli over tcp, error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
PDO over unix: [2,"two"]
PDO over unix, prepared: [42,"ab"]
PDO over unix, after a rollback: [3]
PDO over unix, error: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
mysqli over unix: ["2","two"]
mysqli over unix, prepared: [42]
mysqli over unix, error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
