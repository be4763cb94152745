<?php
// curl GETs per second from N coroutines, printed as JSON: each coroutine keeps one curl handle (so its connection
// stays alive) and runs M curl_exec() calls one after the other, with the runtime's curl hook on ("study":
// Study\Runtime::HOOK_CURL, "swoole": SWOOLE_HOOK_NATIVE_CURL), or the same requests one after the other in plain
// blocking PHP ("sequential"). The client CPU per request is this process's user + system time over the requests.
// Usage: php -n -d extension=curl [-d extension=study.so|swoole.so] bench/curl.php study|swoole|sequential URL [N] [M]

$runtime = $argv[1] ?? 'study';
$url = $argv[2] ?? 'http://127.0.0.1:8080/';
$n = (int)($argv[3] ?? 100);
$m = (int)($argv[4] ?? 100);

function cpu_seconds(): float
{
    $r = getrusage();
    return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

// One client's requests; counts the answers that are not 200 with the body "ok".
function client(string $url, int $m, int &$wrong): void
{
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    for ($i = 0; $i < $m; $i++) {
        if (curl_exec($ch) !== "ok\n" || curl_getinfo($ch, CURLINFO_HTTP_CODE) !== 200) {
            $wrong++;
        }
    }
    unset($ch); // PHP 8.5 deprecates curl_close(), which does nothing since 8.0
}

$wrong = 0;
$cpu = cpu_seconds();
$t = hrtime(true);
if ($runtime === 'sequential') {
    client($url, $n * $m, $wrong);
} elseif ($runtime === 'study') {
    Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
    $cids = [];
    for ($i = 0; $i < $n; $i++) {
        $cids[] = Sgo(function () use ($url, $m, &$wrong) { client($url, $m, $wrong); });
    }
    Study\Coroutine::join($cids);
} elseif ($runtime === 'swoole') {
    Swoole\Runtime::enableCoroutine(SWOOLE_HOOK_ALL | SWOOLE_HOOK_NATIVE_CURL);
    Swoole\Coroutine\run(function () use ($url, $n, $m, &$wrong) {
        $wg = new Swoole\Coroutine\WaitGroup();
        for ($i = 0; $i < $n; $i++) {
            $wg->add();
            go(function () use ($url, $m, &$wrong, $wg) {
                client($url, $m, $wrong);
                $wg->done();
            });
        }
        $wg->wait();
    });
} else {
    fwrite(STDERR, "bench/curl.php: unknown runtime $runtime\n");
    exit(1);
}
$seconds = (hrtime(true) - $t) / 1e9;
$cpu = cpu_seconds() - $cpu;
if ($wrong > 0) {
    fwrite(STDERR, "bench/curl.php: $wrong wrong answers\n");
    exit(1);
}
$requests = $n * $m;
echo json_encode(['runtime' => $runtime, 'coroutines' => $runtime === 'sequential' ? 1 : $n, 'requests' => $requests,
    'per_sec' => $requests / $seconds, 'cpu_us' => $cpu / $requests * 1e6]), "\n";
