--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli: connecting in a coroutine with a bad password (1045 Access denied), to a closed port (2002 Connection refused) or to a socket path that does not exist (2002) fails with the same class, code, message and warnings as without hooks
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

// A port nothing listens on: the kernel picks it for a server that is closed again at once.
$server = stream_socket_server('tcp://127.0.0.1:0');
$closed_port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
fclose($server);
$missing_socket = dirname(mysql_setting('SOCKET')) . '/no-such.sock';

function connect_failures(int $closed_port, string $missing_socket): void
{
    $user = mysql_setting('USER');
    $db = mysql_setting('DB');
    $attempts = [
        'PDO over TCP, bad password' => fn() => mysql_pdo('tcp', 'wrong-password'),
        'PDO over the socket, bad password' => fn() => mysql_pdo('unix', 'wrong-password'),
        'mysqli over TCP, bad password' => fn() => mysql_mysqli('tcp', 'wrong-password'),
        'mysqli over the socket, bad password' => fn() => mysql_mysqli('unix', 'wrong-password'),
        'PDO to a closed port' => fn() => new PDO("mysql:host=127.0.0.1;port=$closed_port;dbname=$db", $user, 'x'),
        'mysqli to a closed port' => fn() => new mysqli('127.0.0.1', $user, 'x', $db, $closed_port),
        'PDO to a missing socket' => fn() => new PDO("mysql:unix_socket=$missing_socket;dbname=$db", $user, 'x'),
        'mysqli to a missing socket' => fn() => new mysqli('localhost', $user, 'x', $db, 0, $missing_socket),
    ];
    foreach ($attempts as $label => $connect) {
        try {
            $connect();
            echo "$label: CONNECTED\n";
        } catch (Throwable $e) {
            echo "$label: ", mysql_describe($e), "\n";
        }
    }
}

var_dump(Study\Runtime::enableCoroutine());
echo "-- hooked, in a coroutine\n";
mysql_in_coroutine(fn() => connect_failures($closed_port, $missing_socket));
var_dump(Study\Runtime::disableCoroutine());
echo "-- without hooks\n";
connect_failures($closed_port, $missing_socket);
?>
--EXPECT--
bool(true)
-- hooked, in a coroutine
PDO over TCP, bad password: PDOException (code 1045): SQLSTATE[HY000] [1045] Access denied for user 'study'@'127.0.0.1' (using password: YES) errorInfo=["HY000",1045,"Access denied for user 'study'@'127.0.0.1' (using password: YES)"]
PDO over the socket, bad password: PDOException (code 1045): SQLSTATE[HY000] [1045] Access denied for user 'study'@'localhost' (using password: YES) errorInfo=["HY000",1045,"Access denied for user 'study'@'localhost' (using password: YES)"]
mysqli over TCP, bad password: mysqli_sql_exception (code 1045): Access denied for user 'study'@'127.0.0.1' (using password: YES)
mysqli over the socket, bad password: mysqli_sql_exception (code 1045): Access denied for user 'study'@'localhost' (using password: YES)
PDO to a closed port: PDOException (code 2002): SQLSTATE[HY000] [2002] Connection refused errorInfo=["HY000",2002,"Connection refused"]
mysqli to a closed port: mysqli_sql_exception (code 2002): Connection refused
PDO to a missing socket: PDOException (code 2002): SQLSTATE[HY000] [2002] No such file or directory errorInfo=["HY000",2002,"No such file or directory"]
mysqli to a missing socket: mysqli_sql_exception (code 2002): No such file or directory
bool(true)
-- without hooks
PDO over TCP, bad password: PDOException (code 1045): SQLSTATE[HY000] [1045] Access denied for user 'study'@'127.0.0.1' (using password: YES) errorInfo=["HY000",1045,"Access denied for user 'study'@'127.0.0.1' (using password: YES)"]
PDO over the socket, bad password: PDOException (code 1045): SQLSTATE[HY000] [1045] Access denied for user 'study'@'localhost' (using password: YES) errorInfo=["HY000",1045,"Access denied for user 'study'@'localhost' (using password: YES)"]
mysqli over TCP, bad password: mysqli_sql_exception (code 1045): Access denied for user 'study'@'127.0.0.1' (using password: YES)
mysqli over the socket, bad password: mysqli_sql_exception (code 1045): Access denied for user 'study'@'localhost' (using password: YES)
PDO to a closed port: PDOException (code 2002): SQLSTATE[HY000] [2002] Connection refused errorInfo=["HY000",2002,"Connection refused"]
mysqli to a closed port: mysqli_sql_exception (code 2002): Connection refused
PDO to a missing socket: PDOException (code 2002): SQLSTATE[HY000] [2002] No such file or directory errorInfo=["HY000",2002,"No such file or directory"]
mysqli to a missing socket: mysqli_sql_exception (code 2002): No such file or directory
