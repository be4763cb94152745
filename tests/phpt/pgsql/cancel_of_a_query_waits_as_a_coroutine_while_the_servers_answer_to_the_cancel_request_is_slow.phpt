--TEST--
Study\Runtime::HOOK_PGSQL: Sco::cancel() of a coroutine waiting in a query sends libpq's cancel request (PQcancel(), a connection of its own that waits for the server to close it) without blocking the process: through a proxy that holds the cancel request's connection open until the test releases it, the other coroutines go on running (a ticker ticks, and another coroutine releases the proxy) instead of the process waiting for the proxy's own 30 s limit
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

use Study\Coroutine as Sco;

// The proxy forwards its first connection to the server; each later one is a cancel request, forwarded at once. The
// first is then held open (the client waits for it to close) until a line on the proxy's stdin, or for 30 s; the
// extension sends the cancel request again every second while the canceled query has not ended, which a slow run may
// see: those are closed at once.
$proxy_code = <<<'PROXY'
[, $target] = $argv;
$server = stream_socket_server('tcp://127.0.0.1:0');
echo stream_socket_get_name($server, false), "\n";
$client = stream_socket_accept($server, 60);
$upstream = stream_socket_client("tcp://$target");
$held = null;
$deadline = 0;
while (true) {
    $read = [$client, $upstream, $server, STDIN];
    $write = $except = null;
    stream_select($read, $write, $except, 1);
    foreach ($read as $stream) {
        if ($stream === $server) {
            $request = stream_socket_accept($server);
            $forward = stream_socket_client("tcp://$target");
            fwrite($forward, fread($request, 16));
            fclose($forward);
            if ($deadline > 0) {
                fclose($request);
                continue;
            }
            $held = $request;
            $deadline = time() + 30;
            echo "cancel request held\n";
        } elseif ($stream === STDIN) {
            if (fgets(STDIN) === false) {
                exit;
            }
            if ($held !== null) {
                fclose($held);
                $held = null;
                echo "released by the test\n";
            }
        } else {
            $data = fread($stream, 65536);
            if ($data === '' || $data === false) {
                exit;
            }
            fwrite($stream === $client ? $upstream : $client, $data);
        }
    }
    if ($held !== null && time() > $deadline) {
        fclose($held);
        $held = null;
        echo "RELEASED AFTER 30 S\n";
    }
}
PROXY;
$target = pgsql_setting('HOST') . ':' . pgsql_setting('PORT');
$proxy = proc_open([PHP_BINARY, '-n', '-r', $proxy_code, '--', $target], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']],
    $pipes);
$port = (int) substr(strrchr(trim(fgets($pipes[1])), ':'), 1);
$db = pgsql_connect(null, $port); // in the main script: libpq's blocking connect
$pid = pg_get_pid($db);
$observer = pgsql_connect(); // straight to the server

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PGSQL);
$events = [];
$ticks = 0;
$released = false;
$ticker = Sgo(function () use (&$ticks, &$released) {
    while (!$released) {
        Sco::sleep(0.01);
        $ticks++;
    }
});
$query = null;
$querier = Sgo(function () use ($db, &$query) {
    $result = @pg_query($db, 'SELECT pg_sleep(30)');
    $query = 'query: ' . ($result === false ? trim(pg_last_error($db)) : 'NOT CANCELED');
});
$controller = Sgo(function () use ($querier, $pipes, $pid, $observer, &$ticks, &$released, &$events, &$query) {
    // The server ignores a cancel request that comes before the query: cancel once the server shows it running.
    $running = false;
    while (!$running && $query === null) {
        $running = pg_fetch_result(pg_query_params($observer, "SELECT count(*) FROM pg_stat_activity
            WHERE pid = $1 AND state = 'active' AND query = 'SELECT pg_sleep(30)'", [$pid]), 0, 0) > 0;
        if (!$running) {
            Sco::sleep(0.01);
        }
    }
    $events[] = $running ? 'the server runs the query' : 'QUERY ENDED BEFORE THE SERVER SHOWED IT RUNNING';
    Sco::cancel($querier); // runs the canceled coroutine up to its next wait, which sends the cancel request
    $events[] = 'canceled';
    // The cancel request goes out from libuv's thread pool: the ticks count once the proxy holds it.
    stream_set_blocking($pipes[1], false);
    $line = '';
    $deadline = hrtime(true) + 60e9;
    while (!str_ends_with($line, "\n") && !feof($pipes[1]) && hrtime(true) < $deadline) {
        $read = fgets($pipes[1]);
        if ($read === false) {
            Sco::sleep(0.01);
        } else {
            $line .= $read;
        }
    }
    stream_set_blocking($pipes[1], true);
    $events[] = 'the proxy says: ' . ($line === '' ? 'NOTHING IN 60 S' : trim($line));
    $before = $ticks;
    while ($ticks < $before + 3) {
        Sco::sleep(0.01);
    }
    $events[] = 'the ticker ticked 3 times';
    fwrite($pipes[0], "release\n");
    $released = true;
});
Sco::join([$ticker, $querier, $controller]);
fclose($pipes[0]);
echo implode("\n", $events), "\n$query\n", stream_get_contents($pipes[1]);
proc_close($proxy);
?>
--EXPECT--
the server runs the query
canceled
the proxy says: cancel request held
the ticker ticked 3 times
query: ERROR:  canceling statement due to user request
released by the test
