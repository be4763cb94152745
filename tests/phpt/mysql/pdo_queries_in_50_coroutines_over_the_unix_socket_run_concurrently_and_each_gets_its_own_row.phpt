--TEST--
Study\Runtime hooks, PDO_MySQL over the Unix socket: 50 coroutines each run SELECT SLEEP(0.2), <i> on their own connection; every query is sent before the first result comes back, and each coroutine gets its own row
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

var_dump(Study\Runtime::enableCoroutine());
mysql_check_concurrent_queries(
    50,
    fn() => mysql_pdo('unix'),
    fn(PDO $pdo, string $sql) => $pdo->query($sql)->fetch(PDO::FETCH_NUM),
);
?>
--EXPECT--
bool(true)
50 queries sent, 50 results
every query was sent before the first result came back
each coroutine got its own row
