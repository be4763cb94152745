--TEST--
HOOK_CURL: 20 coroutines each run the curl_multi_exec() + curl_multi_select() loop by hand on a multi handle of their own with one 0.2 s request; every request starts before the first one ends, and each gets its body through curl_multi_getcontent() and a CURLMSG_DONE with CURLE_OK from curl_multi_info_read()
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(20);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$events = [];
$results = [];
$cids = [];
for ($i = 0; $i < 20; $i++) {
    $cids[] = Sgo(function () use ($i, $port, &$events, &$results) {
        $mh = curl_multi_init();
        $ch = curl_init("http://127.0.0.1:$port/sleep?ms=200&i=$i");
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_multi_add_handle($mh, $ch);
        $events[] = 'start';
        $done = [];
        do {
            $status = curl_multi_exec($mh, $active);
            while ($info = curl_multi_info_read($mh)) {
                $done[] = [$info['msg'] === CURLMSG_DONE, $info['result']];
            }
            if ($active) {
                curl_multi_select($mh, 1.0);
            }
        } while ($active && $status === CURLM_OK);
        $events[] = 'end';
        $results[$i] = [curl_multi_getcontent($ch), $done];
        curl_multi_remove_handle($mh, $ch);
        curl_multi_close($mh);
    });
}
Sco::join($cids);
$firstEnd = array_search('end', $events, true);
echo "requests started before the first ended: ", count(array_filter(array_slice($events, 0, $firstEnd), fn($e) => $e === 'start')), "\n";
echo count($results), " results: ", implode(' ', array_unique(array_map('json_encode', $results))), "\n";

// One multi handle with 20 transfers, in the main script, while a coroutine ticks.
$ticks = 0;
$ticker = Sgo(function () use (&$ticks, &$stop) { while (!$stop) { Sco::sleep(0.01); $ticks++; } });
$stop = false;
$mh = curl_multi_init();
$handles = [];
for ($i = 0; $i < 20; $i++) {
    $handles[$i] = curl_init("http://127.0.0.1:$port/sleep?ms=200");
    curl_setopt($handles[$i], CURLOPT_RETURNTRANSFER, true);
    curl_multi_add_handle($mh, $handles[$i]);
}
do {
    curl_multi_exec($mh, $active);
    if ($active) {
        curl_multi_select($mh, 1.0);
    }
} while ($active);
$ticksDuring = $ticks;
$stop = true;
Sco::join([$ticker]);
echo "one multi handle, 20 transfers: ", implode(' ', array_unique(array_map('curl_multi_getcontent', $handles))), "; the ticker ran meanwhile: ", $ticksDuring > 0 ? 'yes' : 'no', "\n";
foreach ($handles as $ch) {
    curl_multi_remove_handle($mh, $ch);
}
curl_test_server_stop($server);
?>
--EXPECT--
requests started before the first ended: 20
20 results: ["slept 200 ms",[[true,0]]]
one multi handle, 20 transfers: slept 200 ms; the ticker ran meanwhile: yes
