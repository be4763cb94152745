--TEST--
Study\Runtime hooks, PDO_MySQL and mysqli: 4 coroutines each fetch the same 10,000 rows (about 2 MB, from MariaDB's sequence engine) at the same time, buffered and unbuffered, over TCP and the Unix socket, and every row arrives intact and in order
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

// PDO::MYSQL_ATTR_USE_BUFFERED_QUERY is deprecated since PHP 8.5 for Pdo\Mysql::ATTR_USE_BUFFERED_QUERY (8.4+).
const PDO_MYSQL_BUFFERED = PHP_VERSION_ID >= 80400 ? Pdo\Mysql::ATTR_USE_BUFFERED_QUERY : PDO::MYSQL_ATTR_USE_BUFFERED_QUERY;

const SQL = 'SELECT seq, REPEAT(CHAR(65 + seq % 26), seq % 400), MD5(seq) FROM seq_1_to_10000 ORDER BY seq';

// Counts the rows and the first one that differs from what the query must give.
function check_rows(iterable $rows): string
{
    $n = 0;
    foreach ($rows as $row) {
        $n++;
        $want = [$n, str_repeat(chr(65 + $n % 26), $n % 400), md5((string) $n)];
        if ([(int) $row[0], $row[1], $row[2]] !== $want) {
            return "row $n differs: " . json_encode($row);
        }
    }
    return "$n rows, all intact";
}

var_dump(Study\Runtime::enableCoroutine());

$fetchers = [
    'PDO, buffered, over TCP' => function () {
        $pdo = mysql_pdo('tcp');
        return check_rows($pdo->query(SQL)->fetchAll(PDO::FETCH_NUM));
    },
    'PDO, unbuffered, over the socket' => function () {
        $pdo = mysql_pdo('unix', null, [PDO_MYSQL_BUFFERED => false]);
        $statement = $pdo->query(SQL, PDO::FETCH_NUM);
        return check_rows($statement);
    },
    'mysqli, unbuffered, over TCP' => function () {
        $mysqli = mysql_mysqli('tcp');
        $result = $mysqli->query(SQL, MYSQLI_USE_RESULT);
        return check_rows((function () use ($result) {
            while (($row = $result->fetch_row()) !== null) {
                yield $row;
            }
        })());
    },
    'mysqli, buffered, over the socket' => function () {
        $mysqli = mysql_mysqli('unix');
        return check_rows($mysqli->query(SQL)->fetch_all());
    },
];
$results = [];
$wg = new WaitGroup(count($fetchers));
foreach ($fetchers as $label => $fetch) {
    Sgo(function () use ($label, $fetch, $wg, &$results) {
        $results[$label] = $fetch();
        $wg->done();
    });
}
$wg->wait();
foreach ($fetchers as $label => $fetch) {
    echo "$label: $results[$label]\n";
}
?>
--EXPECT--
bool(true)
PDO, buffered, over TCP: 10000 rows, all intact
PDO, unbuffered, over the socket: 10000 rows, all intact
mysqli, unbuffered, over TCP: 10000 rows, all intact
mysqli, buffered, over the socket: 10000 rows, all intact
