--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: a SQL error, a failed statement in a multi-statement query, a bad password and a refused port give in a coroutine with the hooks exactly the exceptions, warnings, return values and error texts of the same calls without them; each connection answers SELECT 1 after its SQL error
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

/** Every outcome as text, warnings included. */
function outcomes(int $closed_port): array
{
    $lines = [];
    set_error_handler(function (int $type, string $message) use (&$lines) {
        $lines[] = "warning: $message";
        return true;
    });
    $try = function (string $label, callable $fn) use (&$lines) {
        try {
            $lines[] = "$label: " . json_encode($fn());
        } catch (Throwable $e) {
            $lines[] = "$label: " . pgsql_describe($e);
        }
    };
    $pdo = pgsql_pdo();
    $try('PDO syntax error', fn() => $pdo->query('SELEC 1'));
    $try('PDO unknown table', fn() => $pdo->query('SELECT * FROM no_such_table'));
    $try('PDO division by zero, 2nd statement', fn() => $pdo->exec('SELECT 1; SELECT 1/0; SELECT 2'));
    $try('PDO prepared, bad parameter', fn() => $pdo->prepare('SELECT ?::int')->execute(['x']));
    $try('PDO after errors', fn() => $pdo->query('SELECT 1')->fetchColumn());
    $db = pgsql_connect();
    $try('pg_query syntax error', fn() => pg_query($db, 'SELEC 1'));
    $try('pg_last_error', fn() => pg_last_error($db));
    $try('pg_query 2nd statement fails', fn() => pg_query($db, 'SELECT 1; SELECT 1/0; SELECT 2'));
    $try('pg_last_error', fn() => pg_last_error($db));
    $try('pg_query_params bad parameter', fn() => pg_query_params($db, 'SELECT $1::int', ['x']));
    $try('pg_execute unknown statement', fn() => pg_execute($db, 'nothing', []));
    $try('pg_query after errors', fn() => pg_fetch_row(pg_query($db, 'SELECT 1')));
    $try('PDO bad password', fn() => pgsql_pdo('wrong'));
    $try('pg_connect bad password', fn() => pgsql_connect('wrong'));
    $try('PDO refused port', fn() => pgsql_pdo(null, $closed_port));
    $try('pg_connect refused port', fn() => pgsql_connect(null, $closed_port));
    restore_error_handler();
    return $lines;
}

$closed_port = pgsql_closed_port();
Study\Runtime::enableCoroutine();
$hooked = pgsql_in_coroutine(fn() => outcomes($closed_port));
Study\Runtime::disableCoroutine();
$plain = outcomes($closed_port);
if ($hooked === $plain) {
    echo "identical\n";
} else {
    echo "DIFFERENT (- without hooks, + hooked):\n";
    foreach (array_map(null, $plain, $hooked) as [$a, $b]) {
        echo $a === $b ? "  $a\n" : "- $a\n+ $b\n";
    }
}
echo implode("\n", $hooked), "\n";
?>
--EXPECTF--
identical
PDO syntax error: PDOException (code '42601'): SQLSTATE[42601]: Syntax error: 7 ERROR:  syntax error at or near "SELEC"
LINE 1: SELEC 1
        ^ errorInfo=["42601",7,"ERROR:  syntax error at or near \"SELEC\"\nLINE 1: SELEC 1\n        ^"]
PDO unknown table: PDOException (code '42P01'): SQLSTATE[42P01]: Undefined table: 7 ERROR:  relation "no_such_table" does not exist
LINE 1: SELECT * FROM no_such_table
                      ^ errorInfo=["42P01",7,"ERROR:  relation \"no_such_table\" does not exist\nLINE 1: SELECT * FROM no_such_table\n                      ^"]
PDO division by zero, 2nd statement: PDOException (code '22012'): SQLSTATE[22012]: Division by zero: 7 ERROR:  division by zero errorInfo=["22012",7,"ERROR:  division by zero"]
PDO prepared, bad parameter: PDOException (code '22P02'): SQLSTATE[22P02]: Invalid text representation: 7 ERROR:  invalid input syntax for type integer: "x"
CONTEXT:  unnamed portal parameter $1 = '...' errorInfo=["22P02",7,"ERROR:  invalid input syntax for type integer: \"x\"\nCONTEXT:  unnamed portal parameter $1 = '...'"]
PDO after errors: 1
warning: pg_query(): Query failed: ERROR:  syntax error at or near "SELEC"
LINE 1: SELEC 1
        ^
pg_query syntax error: false
pg_last_error: "ERROR:  syntax error at or near \"SELEC\"\nLINE 1: SELEC 1\n        ^"
warning: pg_query(): Query failed: ERROR:  division by zero
pg_query 2nd statement fails: false
pg_last_error: "ERROR:  division by zero"
warning: pg_query_params(): Query failed: ERROR:  invalid input syntax for type integer: "x"
CONTEXT:  unnamed portal parameter $1 = '...'
pg_query_params bad parameter: false
warning: pg_execute(): Query failed: ERROR:  prepared statement "nothing" does not exist
pg_execute unknown statement: false
pg_query after errors: ["1"]
PDO bad password: PDOException (code 7): SQLSTATE[08006] [7] connection to server at "127.0.0.1", port %d failed: FATAL:  password authentication failed for user "study" errorInfo=["08006",7,"connection to server at \"127.0.0.1\", port %d failed: FATAL:  password authentication failed for user \"study\""]
warning: pg_connect(): Unable to connect to PostgreSQL server: connection to server at "127.0.0.1", port %d failed: FATAL:  password authentication failed for user "study"
pg_connect bad password: false
PDO refused port: PDOException (code 7): SQLSTATE[08006] [7] connection to server at "127.0.0.1", port %d failed: Connection refused
	Is the server running on that host and accepting TCP/IP connections? errorInfo=["08006",7,"connection to server at \"127.0.0.1\", port %d failed: Connection refused\n\tIs the server running on that host and accepting TCP\/IP connections?"]
warning: pg_connect(): Unable to connect to PostgreSQL server: connection to server at "127.0.0.1", port %d failed: Connection refused
	Is the server running on that host and accepting TCP/IP connections?
pg_connect refused port: false
