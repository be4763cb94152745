--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli: 8 coroutines each open a transaction on their own connection (TCP and the Unix socket), insert 5 rows and, once all are open at the same time, see only their own rows; then half commit and half roll back, and exactly the committed rows remain
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

$setup = mysql_pdo();
$setup->exec('DROP TABLE IF EXISTS tx_rows');
$setup->exec('CREATE TABLE tx_rows (id INT PRIMARY KEY, owner INT NOT NULL) ENGINE=InnoDB');

var_dump(Study\Runtime::enableCoroutine());

// Coroutine $k: PDO for k < 2 and 4 <= k < 6, else mysqli; TCP for even k, else the socket; commits for k < 4.
$n = 8;
$inserted = new WaitGroup($n);
$looked = new WaitGroup($n);
$finished = new WaitGroup($n);
$seen = [];
for ($k = 0; $k < $n; $k++) {
    Sgo(function () use ($k, $inserted, $looked, $finished, &$seen) {
        $via = $k % 2 ? 'unix' : 'tcp';
        $commit = $k < 4;
        if (intdiv($k, 2) % 2 === 0) {
            $pdo = mysql_pdo($via);
            $pdo->beginTransaction();
            $insert = $pdo->prepare('INSERT INTO tx_rows (id, owner) VALUES (?, ?)');
            $run = fn($id) => $insert->execute([$id, $k]);
            $count = fn() => $pdo->query('SELECT owner, COUNT(*) FROM tx_rows GROUP BY owner')
                ->fetchAll(PDO::FETCH_KEY_PAIR);
            $end = fn() => $commit ? $pdo->commit() : $pdo->rollBack();
        } else {
            $mysqli = mysql_mysqli($via);
            $mysqli->begin_transaction();
            $insert = $mysqli->prepare('INSERT INTO tx_rows (id, owner) VALUES (?, ?)');
            $run = fn($id) => $insert->execute([$id, $k]);
            $count = fn() => array_column($mysqli->query('SELECT owner, COUNT(*) FROM tx_rows GROUP BY owner')
                ->fetch_all(), 1, 0);
            $end = fn() => $commit ? $mysqli->commit() : $mysqli->rollback();
        }
        for ($j = 0; $j < 5; $j++) {
            $run($k * 100 + $j);
        }
        // All transactions are open, with their rows inserted, before any looks; all have looked before any ends.
        $inserted->done();
        $inserted->wait();
        $seen[$k] = array_map('intval', $count());
        $looked->done();
        $looked->wait();
        var_dump($end());
        $finished->done();
    });
}
$finished->wait();

ksort($seen);
foreach ($seen as $k => $counts) {
    echo "transaction $k saw: ", implode(', ', array_map(fn($owner, $rows) => "$rows rows of $owner",
        array_keys($counts), $counts)), "\n";
}
echo "after all ended: ", json_encode($setup->query('SELECT owner, COUNT(*), MIN(id), MAX(id) FROM tx_rows GROUP BY owner ORDER BY owner')->fetchAll(PDO::FETCH_NUM)), "\n";
$setup->exec('DROP TABLE tx_rows');
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
transaction 0 saw: 5 rows of 0
transaction 1 saw: 5 rows of 1
transaction 2 saw: 5 rows of 2
transaction 3 saw: 5 rows of 3
transaction 4 saw: 5 rows of 4
transaction 5 saw: 5 rows of 5
transaction 6 saw: 5 rows of 6
transaction 7 saw: 5 rows of 7
after all ended: [[0,5,0,4],[1,5,100,104],[2,5,200,204],[3,5,300,304]]
