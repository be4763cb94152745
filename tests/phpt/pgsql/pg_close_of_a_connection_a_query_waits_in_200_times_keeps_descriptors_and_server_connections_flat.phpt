--TEST--
Study\Runtime::HOOK_PGSQL: 200 rounds in one request of (coroutine A waits in pg_sleep(0.05), coroutine B pg_close()s A's connection) leave the process's descriptors and the server's connections flat: the close deferred while A waits is done once A's query has left the connection, not at the end of the request (which a long-running server never reaches)
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

function open_descriptors(): int
{
    return count(scandir('/proc/self/fd')) - 2;
}

$monitor = pgsql_connect_unix();
// The connections to this test's database: pg_stat_activity shows the whole server's, and a second run of the suite
// beside this one (scripts/test.sh's second lane) uses a database of its own on the same server.
$server_connections = fn() => (int) pg_fetch_result(pg_query($monitor, "SELECT count(*) FROM pg_stat_activity
    WHERE backend_type = 'client backend' AND datname = current_database()"), 0, 0);

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
$round = function () {
    $db = pgsql_connect_unix();
    $outcome = [];
    $a = Sgo(function () use ($db, &$outcome) {
        $outcome['A'] = pg_fetch_result(pg_query($db, "SELECT pg_sleep(0.05)::text || 'slept'"), 0, 0);
    });
    $b = Sgo(function () use ($db, &$outcome) {
        try {
            $outcome['B'] = pg_close($db);
        } catch (Error $e) {
            $outcome['B'] = $e->getMessage(); // pg_close() reads the pending results first, which A waits for
        }
    });
    Study\Coroutine::join([$a, $b]);
    ksort($outcome);
    return $outcome;
};
$results = [];
pgsql_in_coroutine(function () use ($round, &$results) {
    $round(); // the first round loads what later rounds reuse
});
$descriptors = open_descriptors();
$connections = $server_connections();
pgsql_in_coroutine(function () use ($round, &$results) {
    for ($i = 0; $i < 200; $i++) {
        $results[json_encode($round())] = true;
    }
});
echo implode("\n", array_keys($results)), "\n";
// A close that is still waiting for its timer after the last round may remain: a few, never one per round.
$more = open_descriptors() - $descriptors;
echo $more <= 2 ? "descriptors flat\n" : "$more MORE DESCRIPTORS\n";
// A server process ends a while after its client closed: on a loaded machine six were still there at the last
// round. The count must come back (within a minute: no margin), not be back at once.
for ($waited = 0; ($more = $server_connections() - $connections) > 2 && $waited < 600; $waited++) {
    usleep(100000);
}
echo $more <= 2 ? "server connections flat\n" : "$more MORE SERVER CONNECTIONS\n";
?>
--EXPECT--
{"A":"slept","B":"PostgreSQL connection is already in use by another coroutine; a connection serves one coroutine at a time"}
descriptors flat
server connections flat
