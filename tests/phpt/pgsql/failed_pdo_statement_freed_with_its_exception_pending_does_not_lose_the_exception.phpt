--TEST--
Study\Runtime::HOOK_PDO_PGSQL, regression: a prepared statement whose execute() failed is freed with its PDOException already thrown, and PDO sends DEALLOCATE then; that call blocks instead of waiting as a coroutine (a wait carried the pending exception away, and the try/catch around execute() never saw it: "Uncaught PDOException")
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

Study\Runtime::enableCoroutine();
$lines = [];
$wg = new Study\Coroutine\WaitGroup(2);
for ($i = 0; $i < 2; $i++) {
    Sgo(function () use ($i, $wg, &$lines) {
        $pdo = pgsql_pdo();
        try {
            $pdo->prepare('SELECT ?::int')->execute(['x']);
            $lines[] = "$i: NO EXCEPTION";
        } catch (PDOException $e) {
            $lines[] = "$i: caught " . $e->errorInfo[0];
        }
        $lines[] = "$i: then " . $pdo->query('SELECT 1')->fetchColumn();
        $wg->done();
    });
}
$wg->wait();
sort($lines);
echo implode("\n", $lines), "\n";
?>
--EXPECT--
0: caught 22P02
0: then 1
1: caught 22P02
1: then 1
