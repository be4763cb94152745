--TEST--
Study\Runtime::HOOK_PGSQL with HOOK_SOCKETS: pg_query($db, 'SELECT pg_advisory_lock(...)'), waiting for a lock that another connection holds, while another coroutine waits in socket_select() on the connection's socket (socket_import_stream(pg_socket($db)): the LISTEN/NOTIFY pattern) waits as a coroutine, sharing the socket's readiness, instead of blocking the process in poll() (the core's wait refused a second waiter with EBUSY): a 10 ms ticker ticks while the query waits, and only after that tick does a third coroutine release the lock (blocking in poll(), the query would wait for its 60 s lock_timeout)
--EXTENSIONS--
study
pdo
pdo_pgsql
pgsql
sockets
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/pgsql.inc';

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL | Study\Runtime::HOOK_SOCKETS);
$db = pgsql_connect();
// The query waits for an advisory lock that $holder keeps until the ticker has ticked after the query was sent, so
// the query cannot end before that tick however slow the run. A query blocking the process in poll() would wait for a
// lock nobody releases, until its lock_timeout ended it with an error a minute later.
const LOCK = 7320417;
$holder = pgsql_connect();
pg_query($holder, 'SELECT pg_advisory_lock(' . LOCK . ')');
pg_query($db, "SET lock_timeout = '60s'");
$events = [];
$done = false;
$ticker = Sgo(function () use (&$events, &$done) {
    while (!$done) {
        Sco::sleep(0.01);
        $events[] = 'tick';
    }
});
$watcher = Sgo(function () use ($db, &$events) {
    $socket = socket_import_stream(pg_socket($db));
    $read = [$socket];
    $write = $except = null;
    $events[] = 'watching';
    $ready = socket_select($read, $write, $except, 60);
    $events[] = $ready === false ? 'SELECT FAILED' : 'watcher woke';
});
$querier = Sgo(function () use ($db, &$events, &$done) {
    $events[] = 'query sent';
    $result = @pg_query($db, 'SELECT pg_advisory_lock(' . LOCK . ")::text || 'locked'");
    $value = $result === false ? 'FAILED: ' . trim(pg_last_error($db)) : pg_fetch_result($result, 0, 0);
    $events[] = "query ended: $value";
    $done = true;
});
$releaser = Sgo(function () use ($holder, &$events) {
    while (($sent = array_search('query sent', $events, true)) === false
        || !in_array('tick', array_slice($events, $sent), true)) {
        Sco::sleep(0.01);
    }
    $events[] = 'lock released';
    pg_query($holder, 'SELECT pg_advisory_unlock(' . LOCK . ')');
});
Study\Coroutine::join([$ticker, $watcher, $querier, $releaser]);
$sent = array_search('query sent', $events, true);
$ended = array_search('query ended: locked', $events, true);
var_dump($sent !== false, $ended !== false, in_array('watcher woke', $events, true));
$during = $sent !== false && $ended !== false
    ? count(array_filter(array_slice($events, $sent, $ended - $sent), fn($e) => $e === 'tick')) : 0;
echo $during > 0 ? "the ticker ticked while the query waited\n" : 'NO TICK WHILE THE QUERY WAITED: '
    . implode(', ', $events) . "\n";
echo 'then: ', pg_fetch_result(pg_query($db, 'SELECT 2'), 0, 0), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
the ticker ticked while the query waited
then: 2
