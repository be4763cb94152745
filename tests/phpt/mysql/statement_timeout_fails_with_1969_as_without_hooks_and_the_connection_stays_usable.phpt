--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli over TCP and the Unix socket: a statement that runs past max_statement_time fails in a coroutine with 1969 Query execution was interrupted, as without hooks, and the connection answers the next query
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

// MariaDB ends the statement after 0.1 s, long before SLEEP(60) would return, however late a loaded machine runs
// the server's timer.
const FAILING = ['max_statement_time' => 'SET STATEMENT max_statement_time=0.1 FOR SELECT SLEEP(60)'];

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
--EXPECT--
bool(true)
-- hooked, in a coroutine
PDO over tcp, max_statement_time: PDOException (code '70100'): SQLSTATE[70100]: <<Unknown error>>: 1969 Query execution was interrupted (max_statement_time exceeded) errorInfo=["70100",1969,"Query execution was interrupted (max_statement_time exceeded)"]
PDO over tcp, then: returned [[1]]
PDO over unix, max_statement_time: PDOException (code '70100'): SQLSTATE[70100]: <<Unknown error>>: 1969 Query execution was interrupted (max_statement_time exceeded) errorInfo=["70100",1969,"Query execution was interrupted (max_statement_time exceeded)"]
PDO over unix, then: returned [[1]]
mysqli over tcp, max_statement_time: mysqli_sql_exception (code 1969): Query execution was interrupted (max_statement_time exceeded)
mysqli over tcp, then: returned [["1"]]
mysqli over unix, max_statement_time: mysqli_sql_exception (code 1969): Query execution was interrupted (max_statement_time exceeded)
mysqli over unix, then: returned [["1"]]
bool(true)
-- without hooks
PDO over tcp, max_statement_time: PDOException (code '70100'): SQLSTATE[70100]: <<Unknown error>>: 1969 Query execution was interrupted (max_statement_time exceeded) errorInfo=["70100",1969,"Query execution was interrupted (max_statement_time exceeded)"]
PDO over tcp, then: returned [[1]]
PDO over unix, max_statement_time: PDOException (code '70100'): SQLSTATE[70100]: <<Unknown error>>: 1969 Query execution was interrupted (max_statement_time exceeded) errorInfo=["70100",1969,"Query execution was interrupted (max_statement_time exceeded)"]
PDO over unix, then: returned [[1]]
mysqli over tcp, max_statement_time: mysqli_sql_exception (code 1969): Query execution was interrupted (max_statement_time exceeded)
mysqli over tcp, then: returned [["1"]]
mysqli over unix, max_statement_time: mysqli_sql_exception (code 1969): Query execution was interrupted (max_statement_time exceeded)
mysqli over unix, then: returned [["1"]]
