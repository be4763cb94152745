--TEST--
Study\Runtime::HOOK_PGSQL: a coroutine whose pg_query() is refused on a connection another coroutine waits in (an Error) writes nothing into that connection: when the waiting query then fails, its pg_last_error() is exactly the unhooked one, "ERROR:  division by zero", with no foreign "another command is already in progress" line before it
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

// The message without hooks, for comparison. The division by zero comes after the sleep ("SELECT pg_sleep(0.2), 1/0"
// fails at once: the planner folds 1/0, and under valgrind the error was there before the waiter's first wait).
$plain = pgsql_connect();
@pg_query($plain, 'SELECT 1/(count(*) - 1) FROM pg_sleep(0.2)');
$expected = pg_last_error($plain);
var_dump($expected);

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
pgsql_in_coroutine(function () {
    $shared = pgsql_connect();
    $waiter = Sgo(function () use ($shared) {
        var_dump(@pg_query($shared, 'SELECT 1/(count(*) - 1) FROM pg_sleep(0.2)'));
        var_dump(pg_last_error($shared));
    });
    try {
        @pg_query($shared, 'SELECT 1');
        echo "NO ERROR\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    Study\Coroutine::join([$waiter]);
    echo 'then: ', pg_fetch_result(pg_query($shared, 'SELECT 2'), 0, 0), "\n";
});
?>
--EXPECT--
string(24) "ERROR:  division by zero"
Error: PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time
bool(false)
string(24) "ERROR:  division by zero"
then: 2
