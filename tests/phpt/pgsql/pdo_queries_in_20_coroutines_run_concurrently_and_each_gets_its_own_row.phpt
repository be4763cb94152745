--TEST--
Study\Runtime::HOOK_PDO_PGSQL: 20 coroutines each run SELECT pg_sleep(2), <i> through PDO pgsql on their own connection; every query is sent before the first result comes back, the whole takes well under the serial 40 s (less than 30 s), and each coroutine gets its own row (also with prepared statements and bound parameters)
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

var_dump(Study\Runtime::enableCoroutine());
pgsql_check_concurrent_queries(
    20,
    fn() => pgsql_pdo(),
    fn(PDO $pdo, string $sql) => $pdo->query($sql)->fetch(PDO::FETCH_NUM),
);
pgsql_check_concurrent_queries(
    20,
    fn() => pgsql_pdo(),
    function (PDO $pdo, string $sql) {
        [$select, $i] = explode(', ', $sql);
        $statement = $pdo->prepare("$select, ?::int");
        $statement->execute([(int) $i]);
        return $statement->fetch(PDO::FETCH_NUM);
    },
);
?>
--EXPECT--
bool(true)
20 queries sent, 20 results
every query was sent before the first result came back
well under the serial time
each coroutine got its own row
20 queries sent, 20 results
every query was sent before the first result came back
well under the serial time
each coroutine got its own row
