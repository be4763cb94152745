--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli: exit() in the main script while coroutines wait in hooked queries destroys them as it destroys any suspended coroutine: their finally blocks and defers run, the query does not return into user code and reports no error of its own, and shutdown functions see the exit
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

var_dump(Study\Runtime::enableCoroutine());
register_shutdown_function(fn() => print("shutdown function\n"));

$connected = new WaitGroup(2);
$querying = new WaitGroup(2);
foreach (['PDO over TCP', 'mysqli over the socket'] as $api) {
    Sgo(function () use ($api, $connected, $querying) {
        Sco::defer(fn() => print("$api: defer\n"));
        try {
            $connection = str_starts_with($api, 'PDO') ? mysql_pdo('tcp') : mysql_mysqli('unix');
            $connected->done();
            $connected->wait();
            // The last one to get here is suspended in its query before the main script goes on.
            $querying->done();
            $connection->query('SELECT SLEEP(60)'); // returns only if the exit does not come within a minute
            echo "$api: the query returned into user code\n";
        } finally {
            echo "$api: finally\n";
        }
    });
}
$querying->wait();
echo "main script exits\n";
exit(3);
?>
--EXPECT--
bool(true)
main script exits
shutdown function
PDO over TCP: finally
PDO over TCP: defer
mysqli over the socket: finally
mysqli over the socket: defer
