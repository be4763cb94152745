--TEST--
HOOK_CURL: 20 coroutines each curl_exec() a URL the server answers after 0.2 s; every request starts before the first one ends (they wait as coroutines, not one after another), and each gets its body, HTTP code 200 and curl_errno() 0
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
        $ch = curl_init("http://127.0.0.1:$port/sleep?ms=200&i=$i");
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $events[] = "start";
        $body = curl_exec($ch);
        $events[] = "end";
        $results[$i] = [$body, curl_getinfo($ch, CURLINFO_HTTP_CODE), curl_errno($ch), curl_error($ch)];
    });
}
Sco::join($cids);
$firstEnd = array_search('end', $events, true);
echo "requests started before the first ended: ", count(array_filter(array_slice($events, 0, $firstEnd), fn($e) => $e === 'start')), "\n";
ksort($results);
$distinct = array_unique(array_map('json_encode', $results));
echo count($results), " results: ", implode(' ', $distinct), "\n";
curl_test_server_stop($server);
?>
--EXPECT--
requests started before the first ended: 20
20 results: ["slept 200 ms",200,0,""]
