--TEST--
Study\Runtime::HOOK_PGSQL with HOOK_SOCKETS: pg_query($db, 'SELECT pg_sleep(0.2)') while another coroutine waits in socket_select() on the connection's socket (socket_import_stream(pg_socket($db)): the LISTEN/NOTIFY pattern) waits as a coroutine, sharing the socket's readiness, instead of blocking the process in poll() (the core's wait refused a second waiter with EBUSY): a 10 ms ticker ticks while the query waits
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
    $ready = socket_select($read, $write, $except, 5);
    $events[] = $ready === false ? 'SELECT FAILED' : 'watcher woke';
});
$querier = Sgo(function () use ($db, &$events, &$done) {
    $events[] = 'query sent';
    $value = pg_fetch_result(pg_query($db, "SELECT pg_sleep(0.2)::text || 'slept'"), 0, 0);
    $events[] = "query ended: $value";
    $done = true;
});
Study\Coroutine::join([$ticker, $watcher, $querier]);
$sent = array_search('query sent', $events, true);
$ended = array_search('query ended: slept', $events, true);
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
