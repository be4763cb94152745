--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: 1,000 rounds of connect + query + close in coroutines (PDO and pgsql, 4 at a time, over the Unix socket) leak neither memory nor descriptors: PHP's memory and the open descriptors after the last round are those after the first 100
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

function rounds(int $n): void
{
    for ($i = 0; $i < $n; $i += 4) {
        $wg = new Study\Coroutine\WaitGroup(4);
        for ($j = 0; $j < 4; $j++) {
            Sgo(function () use ($i, $j, $wg) {
                if ($j % 2 === 0) {
                    $pdo = pgsql_pdo_unix();
                    $value = $pdo->query("SELECT $i + $j")->fetchColumn();
                    $pdo = null;
                } else {
                    $db = pgsql_connect_unix();
                    $value = pg_fetch_result(pg_query_params($db, 'SELECT $1::int + $2', [$i, $j]), 0, 0);
                    pg_close($db);
                }
                if ((int) $value !== $i + $j) {
                    echo "WRONG VALUE $value\n";
                }
                $wg->done();
            });
        }
        $wg->wait();
    }
}

function descriptors(): int
{
    return count(scandir('/proc/self/fd'));
}

Study\Runtime::enableCoroutine();
rounds(100);
gc_collect_cycles();
$memory = memory_get_usage();
$fds = descriptors();
rounds(1000);
gc_collect_cycles();
$grown = memory_get_usage() - $memory;
echo $grown < 64 * 1024 ? "memory flat\n" : "MEMORY GREW BY $grown bytes\n";
echo descriptors() === $fds ? "descriptors flat\n" : "DESCRIPTORS: $fds, then " . descriptors() . "\n";
?>
--EXPECT--
memory flat
descriptors flat
