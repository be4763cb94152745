--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli over TCP and the Unix socket: a syntax error (1064) and an unknown table (1146) fail in a coroutine with the same class, code and message as without hooks, and the connection answers the next query
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

const FAILING = ['syntax error' => 'SELEC 1', 'unknown table' => 'SELECT * FROM no_such_table'];

function run_failing_queries(): void
{
    foreach (['PDO', 'mysqli'] as $api) {
        foreach (['tcp', 'unix'] as $via) {
            if ($api === 'PDO') {
                $pdo = mysql_pdo($via);
                $query = fn($sql) => $pdo->query($sql)->fetchAll(PDO::FETCH_NUM);
            } else {
                $mysqli = mysql_mysqli($via);
                $query = fn($sql) => $mysqli->query($sql)->fetch_all();
            }
            foreach ([...FAILING, 'then' => 'SELECT 1'] as $what => $sql) {
                try {
                    $rows = $query($sql);
                    echo "$api over $via, $what: returned ", json_encode($rows), "\n";
                } catch (Throwable $e) {
                    echo "$api over $via, $what: ", mysql_describe($e), "\n";
                }
            }
        }
    }
}

var_dump(Study\Runtime::enableCoroutine());
echo "-- hooked, in a coroutine\n";
mysql_in_coroutine('run_failing_queries');
var_dump(Study\Runtime::disableCoroutine());
echo "-- without hooks\n";
run_failing_queries();
?>
--EXPECTF--
bool(true)
-- hooked, in a coroutine
PDO over tcp, syntax error: PDOException (code '42000'): SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1 errorInfo=["42000",1064,"You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1"]
PDO over tcp, unknown table: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
PDO over tcp, then: returned [[1]]
PDO over unix, syntax error: PDOException (code '42000'): SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1 errorInfo=["42000",1064,"You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1"]
PDO over unix, unknown table: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
PDO over unix, then: returned [[1]]
mysqli over tcp, syntax error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
mysqli over tcp, unknown table: mysqli_sql_exception (code 1146): Table '%s.no_such_table' doesn't exist
mysqli over tcp, then: returned [["1"]]
mysqli over unix, syntax error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
mysqli over unix, unknown table: mysqli_sql_exception (code 1146): Table '%s.no_such_table' doesn't exist
mysqli over unix, then: returned [["1"]]
bool(true)
-- without hooks
PDO over tcp, syntax error: PDOException (code '42000'): SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1 errorInfo=["42000",1064,"You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1"]
PDO over tcp, unknown table: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
PDO over tcp, then: returned [[1]]
PDO over unix, syntax error: PDOException (code '42000'): SQLSTATE[42000]: Syntax error or access violation: 1064 You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1 errorInfo=["42000",1064,"You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1"]
PDO over unix, unknown table: PDOException (code '42S02'): SQLSTATE[42S02]: Base table or view not found: 1146 Table '%s.no_such_table' doesn't exist errorInfo=["42S02",1146,"Table '%s.no_such_table' doesn't exist"]
PDO over unix, then: returned [[1]]
mysqli over tcp, syntax error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
mysqli over tcp, unknown table: mysqli_sql_exception (code 1146): Table '%s.no_such_table' doesn't exist
mysqli over tcp, then: returned [["1"]]
mysqli over unix, syntax error: mysqli_sql_exception (code 1064): You have an error in your SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near 'SELEC 1' at line 1
mysqli over unix, unknown table: mysqli_sql_exception (code 1146): Table '%s.no_such_table' doesn't exist
mysqli over unix, then: returned [["1"]]
