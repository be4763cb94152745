--TEST--
HOOK_CURL: with more than FD_SETSIZE (1024) descriptors open, so that libcurl's sockets get numbers above what an fd_set can hold, 5 coroutines each run a curl_multi_* loop with a 0.2 s request; every request starts before the first one ends and each gets its body
--EXTENSIONS--
study
curl
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (function_exists('posix_getrlimit') && (posix_getrlimit()['soft openfiles'] ?? 0) < 1200) die('skip needs 1200 descriptors');
?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(5);
$files = [];
for ($i = 0; $i < 1100; $i++) {
    $file = @fopen('/dev/null', 'r');
    if ($file === false) {
        break;
    }
    $files[] = $file;
}
echo "descriptors opened: ", count($files) >= 1100 ? 'over 1100' : count($files), "\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$events = [];
$results = [];
$cids = [];
for ($i = 0; $i < 5; $i++) {
    $cids[] = Sgo(function () use ($i, $port, &$events, &$results) {
        $mh = curl_multi_init();
        $ch = curl_init("http://127.0.0.1:$port/sleep?ms=200&i=$i");
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_multi_add_handle($mh, $ch);
        $events[] = 'start';
        do {
            curl_multi_exec($mh, $active);
            if ($active) {
                curl_multi_select($mh, 5.0);
            }
        } while ($active);
        $events[] = 'end';
        $results[] = curl_multi_getcontent($ch);
        curl_multi_remove_handle($mh, $ch);
    });
}
Sco::join($cids);
$firstEnd = array_search('end', $events, true);
echo "requests started before the first ended: ", count(array_filter(array_slice($events, 0, $firstEnd), fn($e) => $e === 'start')), "\n";
echo count($results), " results: ", implode(' ', array_unique($results)), "\n";
curl_test_server_stop($server);
?>
--EXPECT--
descriptors opened: over 1100
requests started before the first ended: 5
5 results: slept 200 ms
