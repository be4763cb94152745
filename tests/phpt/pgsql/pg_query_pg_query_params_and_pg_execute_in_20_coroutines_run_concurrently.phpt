--TEST--
Study\Runtime::HOOK_PGSQL: 20 coroutines each connect with pg_connect() and run SELECT pg_sleep(2), <i> with pg_query(), then pg_query_params(), then pg_prepare() + pg_execute(); every query is sent before the first result comes back, the whole takes well under the serial 40 s (less than 30 s), and each coroutine gets its own row
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

var_dump(Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL));
pgsql_check_concurrent_queries(
    20,
    fn() => pgsql_connect(),
    fn(PgSql\Connection $db, string $sql) => pg_fetch_row(pg_query($db, $sql)),
);
pgsql_check_concurrent_queries(
    20,
    fn() => pgsql_connect(),
    function (PgSql\Connection $db, string $sql) {
        [$select, $i] = explode(', ', $sql);
        return pg_fetch_row(pg_query_params($db, "$select, \$1::int", [$i]));
    },
);
pgsql_check_concurrent_queries(
    20,
    fn() => pgsql_connect(),
    function (PgSql\Connection $db, string $sql) {
        [$select, $i] = explode(', ', $sql);
        pg_prepare($db, 'sleeper', "$select, \$1::int") or throw new Exception(pg_last_error($db));
        return pg_fetch_row(pg_execute($db, 'sleeper', [$i]));
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
20 queries sent, 20 results
every query was sent before the first result came back
well under the serial time
each coroutine got its own row
