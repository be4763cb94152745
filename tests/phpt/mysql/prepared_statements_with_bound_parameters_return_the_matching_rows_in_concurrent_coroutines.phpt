--TEST--
Study\Runtime hooks, PDO_MySQL (native and emulated prepares) and mysqli: 4 coroutines insert 50 rows each through prepared statements with bound parameters (quotes, backslashes, UTF-8, NUL bytes, NULL), then 12 coroutines select ranges with bound parameters, and every row comes back as inserted
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
$setup->exec('DROP TABLE IF EXISTS prep_rows');
$setup->exec('CREATE TABLE prep_rows (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, score DOUBLE NOT NULL,
    note BLOB NULL) ENGINE=InnoDB CHARACTER SET utf8mb4');

// What row $id holds: the columns as PHP values.
function expected_row(int $id): array
{
    return [$id, "it's \"row\" \\$id – ünïcödé", $id / 4.0, $id % 7 === 0 ? null : "\0blob\0$id\xff"];
}

function normalized(array $row): array
{
    return [(int) $row[0], (string) $row[1], (float) $row[2], $row[3] === null ? null : (string) $row[3]];
}

var_dump(Study\Runtime::enableCoroutine());

// Inserts: coroutine w writes ids w*50 .. w*50+49, binding in its own way: PDO with native prepares over TCP,
// PDO with emulated prepares over the socket, mysqli over TCP, mysqli over the socket.
$wg = new WaitGroup(4);
for ($w = 0; $w < 4; $w++) {
    Sgo(function () use ($w, $wg) {
        $sql = 'INSERT INTO prep_rows (id, name, score, note) VALUES (?, ?, ?, ?)';
        $via = $w % 2 ? 'unix' : 'tcp';
        if ($w < 2) {
            $pdo = mysql_pdo($via, null, [PDO::ATTR_EMULATE_PREPARES => $w === 1]);
            $s = $pdo->prepare($sql);
        } else {
            $mysqli = mysql_mysqli($via);
            $s = $mysqli->prepare($sql);
            $s->bind_param('isds', $id, $name, $score, $note);
        }
        for ($id = $w * 50; $id < $w * 50 + 50; $id++) {
            [, $name, $score, $note] = expected_row($id);
            if ($w < 2) {
                $s->bindValue(1, $id, PDO::PARAM_INT);
                $s->bindValue(2, $name, PDO::PARAM_STR);
                $s->bindValue(3, (string) $score, PDO::PARAM_STR);
                $s->bindValue(4, $note, $note === null ? PDO::PARAM_NULL : PDO::PARAM_LOB);
            }
            $s->execute();
        }
        $wg->done();
    });
}
$wg->wait();
echo "rows: ", $setup->query('SELECT COUNT(*) FROM prep_rows')->fetchColumn(), "\n";

// Selects: coroutine r reads ids r*15 .. r*15+24 (ranges overlap), in turn through the three APIs.
$mismatches = [];
$wg = new WaitGroup(12);
for ($r = 0; $r < 12; $r++) {
    Sgo(function () use ($r, $wg, &$mismatches) {
        $from = $r * 15;
        $to = $from + 24;
        $via = $r % 2 ? 'unix' : 'tcp';
        $sql = 'SELECT id, name, score, note FROM prep_rows WHERE id BETWEEN ? AND ? ORDER BY id';
        if ($r % 3 < 2) {
            $pdo = mysql_pdo($via, null, [PDO::ATTR_EMULATE_PREPARES => $r % 3 === 1]);
            $s = $pdo->prepare($sql);
            $s->bindParam(1, $from, PDO::PARAM_INT);
            $s->bindParam(2, $to, PDO::PARAM_INT);
            $s->execute();
            $rows = $s->fetchAll(PDO::FETCH_NUM);
        } else {
            $mysqli = mysql_mysqli($via);  // kept: a statement does not keep its connection open
            $s = $mysqli->prepare($sql);
            $s->bind_param('ii', $from, $to);
            $s->execute();
            $rows = $s->get_result()->fetch_all();
        }
        $want = array_map('expected_row', range($from, min($to, 199)));
        if (array_map('normalized', $rows) !== $want) {
            $mismatches[$r] = $rows;
        }
        $wg->done();
    });
}
$wg->wait();
echo $mismatches === [] ? "every range came back as inserted\n" : "MISMATCHES: " . var_export($mismatches, true) . "\n";
$setup->exec('DROP TABLE prep_rows');
?>
--EXPECT--
bool(true)
rows: 200
every range came back as inserted
