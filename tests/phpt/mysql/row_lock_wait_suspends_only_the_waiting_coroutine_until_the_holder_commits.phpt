--TEST--
Study\Runtime hooks, PDO_MySQL: a coroutine whose UPDATE waits for a row lock that another coroutine holds suspends only itself; the holder sees it waiting on the server, commits, and the UPDATE then applies on top of the committed value
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
$setup->exec('DROP TABLE IF EXISTS lock_rows');
$setup->exec('CREATE TABLE lock_rows (id INT PRIMARY KEY, v INT NOT NULL) ENGINE=InnoDB');
$setup->exec('INSERT INTO lock_rows VALUES (1, 1)');

var_dump(Study\Runtime::enableCoroutine());

$events = [];
$waiter_id = null;
$done = new WaitGroup(2);

// The holder locks the row, starts the waiter, and commits once the server shows the waiter's UPDATE running
// (which, with the row locked, means waiting for the lock). Both use the socket: an account sees only its own
// connections in PROCESSLIST, and study@localhost is not study@127.0.0.1.
Sgo(function () use ($done, &$events, &$waiter_id) {
    $holder = mysql_pdo('unix');
    $holder->beginTransaction();
    $holder->query('SELECT v FROM lock_rows WHERE id = 1 FOR UPDATE')->fetchAll();
    $holder->exec('UPDATE lock_rows SET v = v + 1 WHERE id = 1');
    $events[] = 'holder locked the row and set v = v + 1';

    Sgo(function () use ($done, &$events, &$waiter_id) {
        $waiter = mysql_pdo('unix');
        // A minute: a waiter that blocked the process would keep the holder from committing until then.
        $waiter->exec('SET SESSION innodb_lock_wait_timeout = 60');
        $waiter_id = (int) $waiter->query('SELECT CONNECTION_ID()')->fetchColumn();
        $events[] = 'waiter sends UPDATE v = v * 10';
        $rows = $waiter->exec('UPDATE lock_rows SET v = v * 10 WHERE id = 1');
        $events[] = "waiter's UPDATE returned: $rows row changed";
        $done->done();
    });

    $running = $holder->prepare("SELECT COUNT(*) FROM information_schema.PROCESSLIST
        WHERE ID = ? AND INFO = 'UPDATE lock_rows SET v = v * 10 WHERE id = 1'");
    for ($deadline = hrtime(true) + 60e9; hrtime(true) < $deadline;) {
        if ($waiter_id !== null) {
            $running->execute([$waiter_id]);
            if ($running->fetchColumn() > 0) {
                $events[] = "holder sees the waiter's UPDATE waiting on the server";
                break;
            }
        }
        Sco::sleep(0.01);
    }
    $events[] = 'holder commits';
    $holder->commit();
    $done->done();
});
$done->wait();

echo implode("\n", $events), "\n";
echo "v = ", $setup->query('SELECT v FROM lock_rows WHERE id = 1')->fetchColumn(), "\n";
$setup->exec('DROP TABLE lock_rows');
?>
--EXPECT--
bool(true)
holder locked the row and set v = v + 1
waiter sends UPDATE v = v * 10
holder sees the waiter's UPDATE waiting on the server
holder commits
waiter's UPDATE returned: 1 row changed
v = 20
