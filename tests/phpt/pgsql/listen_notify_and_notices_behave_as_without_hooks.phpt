--TEST--
Study\Runtime::HOOK_PDO_PGSQL and HOOK_PGSQL: LISTEN/NOTIFY between coroutines (a notification sent by one is received by the other with pg_get_notify() and PDO's getNotify() after its next query) and server notices (RAISE NOTICE, seen by pg_last_notice()) give what they give without hooks
--INI--
pgsql.ignore_notice=0
pgsql.log_notice=0
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

function listen_and_notify(): array
{
    $lines = [];
    $listener = pgsql_connect();
    pg_query($listener, 'LISTEN study_channel');
    $pdo_listener = pgsql_pdo_listener();
    $pdo_listener->exec('LISTEN study_pdo_channel');
    $done = new Study\Coroutine\WaitGroup(1);
    Sgo(function () use ($done) {
        $sender = pgsql_pdo();
        $sender->exec("NOTIFY study_channel, 'hello pgsql'");
        $sender->query("SELECT pg_notify('study_pdo_channel', 'hello pdo')");
        $done->done();
    });
    $done->wait();
    pg_query($listener, 'SELECT 1'); // reads what the server sent meanwhile
    $notify = pg_get_notify($listener, PGSQL_ASSOC);
    $lines[] = 'pgsql: ' . $notify['message'] . ' / ' . $notify['payload'] . ' / ' . ($notify['pid'] > 0 ? 'pid' : 'no pid');
    $lines[] = 'pgsql again: ' . var_export(pg_get_notify($listener), true);
    $pdo_listener->query('SELECT 1');
    $notify = pgsql_pdo_notify($pdo_listener);
    $lines[] = 'pdo: ' . $notify['message'] . ' / ' . $notify['payload'];

    $db = pgsql_connect();
    pg_query($db, "DO \$\$ BEGIN RAISE NOTICE 'first notice'; RAISE NOTICE 'second notice'; END \$\$");
    $lines[] = 'last notice: ' . trim(pg_last_notice($db));
    $lines[] = 'all notices: ' . json_encode(array_map('trim', pg_last_notice($db, PGSQL_NOTICE_ALL)));
    return $lines;
}

Study\Runtime::enableCoroutine();
$hooked = pgsql_in_coroutine(fn() => listen_and_notify());
Study\Runtime::disableCoroutine();
$plain = listen_and_notify();
echo $hooked === $plain ? "identical\n" : "DIFFERENT:\n" . implode("\n", $plain) . "\n";
echo implode("\n", $hooked), "\n";
?>
--EXPECT--
identical
pgsql: study_channel / hello pgsql / pid
pgsql again: false
pdo: study_pdo_channel / hello pdo
last notice: NOTICE:  second notice
all notices: ["NOTICE:  first notice","NOTICE:  second notice"]
