--TEST--
HOOK_CURL: Sco::cancel() of a coroutine waiting in curl_exec() ends the transfer at once: curl_exec() returns false with curl_errno() CURLE_ABORTED_BY_CALLBACK (42), and the same handle then fetches again; the same for a coroutine in curl_multi_select(), which returns and lets its loop go on
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(4);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
// What each side saw is printed after the join: a canceled coroutine runs at once, and whether its next curl_exec()
// suspends before returning depends on how fast the server answers.
$log = [];
$cid = Sgo(function () use ($port, &$log) {
    $ch = curl_init("http://127.0.0.1:$port/sleep?ms=30000");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $start = microtime(true);
    $result = curl_exec($ch);
    $log[] = sprintf("curl_exec: %s, errno %d (%s), ended early: %s", var_export($result, true), curl_errno($ch), curl_error($ch),
        microtime(true) - $start < 20 ? 'yes' : 'no');
    curl_setopt($ch, CURLOPT_URL, "http://127.0.0.1:$port/");
    $log[] = sprintf("the handle again: %s, errno %d", var_export(curl_exec($ch), true), curl_errno($ch));
});
Sco::sleep(0.1);
$canceled = Sco::cancel($cid);
Sco::join([$cid]);
var_dump($canceled);
echo implode("\n", $log), "\n";

// The server answers only once the flag exists, which the main script creates after the cancel and after the select
// the cancel found returned: the transfer is still waiting at the cancel however slowly a loaded machine runs, and a
// select that ignored the cancel would wait for its minute's timeout.
$flag = sys_get_temp_dir() . '/study-curl-cancel-flag-' . getmypid();
$selects = 0;
$cid = Sgo(function () use ($port, $flag, &$selects) {
    $mh = curl_multi_init();
    $ch = curl_init("http://127.0.0.1:$port/wait?file=" . urlencode($flag));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_multi_add_handle($mh, $ch);
    do {
        curl_multi_exec($mh, $active);
        if ($active) {
            curl_multi_select($mh, 60.0);
            $selects++;
        }
    } while ($active);
    echo "multi loop went on after the cancel and finished: ", curl_multi_getcontent($ch), "\n";
});
Sco::sleep(0.1);
$before = $selects;
$start = hrtime(true);
var_dump(Sco::cancel($cid));
while ($selects === $before) {
    Sco::sleep(0.01);
}
echo "curl_multi_select() returned at the cancel: ", hrtime(true) - $start < 30e9 ? 'yes' : 'NO, AT ITS TIMEOUT', "\n";
touch($flag);
Sco::join([$cid]);
unlink($flag);
curl_test_server_stop($server);
?>
--EXPECT--
bool(true)
curl_exec: false, errno 42 (Operation was aborted by an application callback), ended early: yes
the handle again: 'ok', errno 0
bool(true)
curl_multi_select() returned at the cancel: yes
multi loop went on after the cancel and finished: the file exists
