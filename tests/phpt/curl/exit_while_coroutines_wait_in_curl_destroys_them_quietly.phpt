--TEST--
HOOK_CURL: exit() in a coroutine while others wait in curl_exec() and in curl_multi_select() (on responses 30 s away) ends the script at once and quietly: the waiting transfers are aborted, their finally blocks run, shutdown functions run, and nothing is reported
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

// A first coroutine registers study's shutdown function, which destroys the coroutines still waiting, before the
// ones curl_test_server() and this script register: those stop the server in proc_close(), which with HOOK_PROC
// waits as a coroutine, and coroutines still waiting in curl would run on meanwhile and see the server go away.
Sco::join([Sgo(fn() => null)]);
[$server, $port] = curl_test_server(6);
$start = microtime(true);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$finally = 0;
for ($i = 0; $i < 3; $i++) {
    Sgo(function () use ($port, &$finally) {
        try {
            $ch = curl_init("http://127.0.0.1:$port/sleep?ms=30000");
            curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
            curl_exec($ch);
            echo "NOT REACHED\n";
        } finally {
            $finally++;
        }
    });
    Sgo(function () use ($port, &$finally) {
        try {
            $mh = curl_multi_init();
            $ch = curl_init("http://127.0.0.1:$port/sleep?ms=30000");
            curl_multi_add_handle($mh, $ch);
            do {
                curl_multi_exec($mh, $active);
                if ($active) {
                    curl_multi_select($mh, 10.0);
                }
            } while ($active);
            echo "NOT REACHED\n";
        } finally {
            $finally++;
        }
    });
}
register_shutdown_function(function () use ($server, $start) {
    curl_test_server_stop($server);
    echo "shutdown, ended early: ", microtime(true) - $start < 20 ? 'yes' : 'no', "\n";
});
Sgo(function () use (&$finally) {
    Sco::sleep(0.1);
    register_shutdown_function(function () use (&$finally) { echo "finally blocks run: $finally\n"; });
    exit();
});
Sco::sleep(10);
echo "NOT REACHED (main)\n";
?>
--EXPECT--
shutdown, ended early: yes
finally blocks run: 6
