--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: each flag hooks its own extension only, getHookFlags() reports them, and after disableCoroutine() (or with the other flag alone) queries of 3 coroutines block one after the other again, as PHP's do
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

function order(callable $connect, callable $sleep): string
{
    $events = [];
    $wg = new Study\Coroutine\WaitGroup(3);
    $connected = new Study\Coroutine\WaitGroup(3);
    for ($i = 0; $i < 3; $i++) {
        Sgo(function () use ($i, $connect, $sleep, $wg, $connected, &$events) {
            // Every query is sent once all three are connected: connecting does not count.
            $connection = $connect();
            $connected->done();
            $connected->wait();
            $events[] = "sent $i";
            $sleep($connection);
            $events[] = "got $i";
            $wg->done();
        });
    }
    $wg->wait();
    $sent = array_keys(preg_grep('/^sent /', $events));
    $got = array_keys(preg_grep('/^got /', $events));
    if (max($sent) < min($got)) {
        return 'concurrent';
    }
    $serial = true;
    for ($k = 0; $k < 6; $k += 2) {
        $serial = $serial && str_starts_with($events[$k], 'sent') && substr($events[$k], 5) === substr($events[$k + 1], 4);
    }
    return $serial ? 'one after the other' : 'MIXED: ' . implode(', ', $events);
}
$pdo = [fn() => pgsql_pdo(), fn(PDO $pdo) => $pdo->query('SELECT pg_sleep(0.05)')];
$pgsql = [fn() => pgsql_connect(), fn(PgSql\Connection $db) => pg_query($db, 'SELECT pg_sleep(0.05)')];

var_dump(Study\Runtime::getHookFlags() === 0, Study\Runtime::HOOK_PDO_PGSQL, Study\Runtime::HOOK_PGSQL);
var_dump((Study\Runtime::HOOK_ALL & (Study\Runtime::HOOK_PDO_PGSQL | Study\Runtime::HOOK_PGSQL)) === 12288);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PDO_PGSQL);
var_dump(Study\Runtime::getHookFlags() === Study\Runtime::HOOK_PDO_PGSQL);
echo 'PDO hooked: ', order(...$pdo), "\n";
echo 'pgsql not hooked: ', order(...$pgsql), "\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
echo 'PDO not hooked: ', order(...$pdo), "\n";
echo 'pgsql hooked: ', order(...$pgsql), "\n";
Study\Runtime::enableCoroutine();
Study\Runtime::disableCoroutine();
echo 'PDO after disable: ', order(...$pdo), "\n";
echo 'pgsql after disable: ', order(...$pgsql), "\n";
?>
--EXPECT--
bool(true)
int(4096)
int(8192)
bool(true)
bool(true)
PDO hooked: concurrent
pgsql not hooked: one after the other
PDO not hooked: one after the other
pgsql hooked: concurrent
PDO after disable: one after the other
pgsql after disable: one after the other
