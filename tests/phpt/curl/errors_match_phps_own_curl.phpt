--TEST--
HOOK_CURL: a refused connection, CURLOPT_TIMEOUT_MS passing, an unknown host and an unsupported scheme give curl_exec() false and the same curl_errno() and curl_error() in a coroutine with the hook as without it; so do the CURLMSG_DONE results of curl_multi_*
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(2);
$closed = curl_closed_port();
$cases = [
    'refused' => ["http://127.0.0.1:$closed/", []],
    // The answer waits for a flag file (router.inc's /wait) that run() creates only once curl has given up: no load can
    // let it come before the 300 ms timeout.
    'timeout' => ["http://127.0.0.1:$port/wait?file=FLAG", [CURLOPT_TIMEOUT_MS => 300]],
    'unknown host' => ["http://no-such-host.invalid/", []],
    'bad scheme' => ["nosuchscheme://127.0.0.1/", []],
    'ok' => ["http://127.0.0.1:$port/", []],
];

function run_case(string $url, array $options): array {
    $ch = curl_init($url);
    curl_setopt_array($ch, $options + [CURLOPT_RETURNTRANSFER => true]);
    $start = microtime(true);
    $body = curl_exec($ch);
    $elapsed = microtime(true) - $start;
    // A timeout's message ends with the milliseconds and bytes of that run ("... after 301 milliseconds with 0 bytes
    // received"): compared up to there.
    return [$body, curl_errno($ch), explode(' after ', curl_error($ch))[0], $elapsed];
}

function run_multi(string $url, array $options): array {
    $mh = curl_multi_init();
    $ch = curl_init($url);
    curl_setopt_array($ch, $options + [CURLOPT_RETURNTRANSFER => true]);
    curl_multi_add_handle($mh, $ch);
    $result = null;
    do {
        curl_multi_exec($mh, $active);
        while ($info = curl_multi_info_read($mh)) {
            $result = $info['result'];
        }
        if ($active) {
            curl_multi_select($mh, 1.0);
        }
    } while ($active);
    return [$result, explode(' after ', curl_error($ch))[0]];
}

// Runs $how (run_case or run_multi); FLAG in the URL is replaced by a new flag file, which it creates afterwards: the
// server's worker then answers (to nobody) and is free for the next request. The files are removed at the end.
$flags = [];
function run(callable $how, string $url, array $options, array &$flags): array {
    if (!str_contains($url, 'FLAG')) {
        return $how($url, $options);
    }
    $flag = sys_get_temp_dir() . '/study-curl-errors-flag-' . getmypid() . '-' . count($flags);
    $flags[] = $flag;
    $result = $how(str_replace('FLAG', urlencode($flag), $url), $options);
    touch($flag);
    return $result;
}

$plain = [];
foreach ($cases as $name => [$url, $options]) {
    $plain[$name] = [run('run_case', $url, $options, $flags), run('run_multi', $url, $options, $flags)];
}
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$hooked = [];
Sco::join([Sgo(function () use ($cases, &$hooked, &$flags) {
    foreach ($cases as $name => [$url, $options]) {
        $hooked[$name] = [run('run_case', $url, $options, $flags), run('run_multi', $url, $options, $flags)];
    }
})]);
foreach ($cases as $name => $case) {
    [[$pb, $pe, $pm, $pt], $pmulti] = $plain[$name];
    [[$hb, $he, $hm, $ht], $hmulti] = $hooked[$name];
    printf("%-12s errno %d %s, same message: %s, same body: %s, same multi result: %s\n", $name, $he,
        $he === $pe ? 'as without hooks' : "but $pe without hooks", $hm === $pm ? 'yes' : "NO ($hm / $pm)",
        $hb === $pb ? 'yes' : 'NO', $hmulti === $pmulti ? 'yes' : 'NO (' . json_encode([$hmulti, $pmulti]) . ')');
    if ($name === 'timeout') {
        echo "timeout not before 0.3 s: ", $ht >= 0.29 ? 'yes' : "NO ($ht)", "\n";
    }
}
curl_test_server_stop($server);
array_map('unlink', $flags);
?>
--EXPECT--
refused      errno 7 as without hooks, same message: yes, same body: yes, same multi result: yes
timeout      errno 28 as without hooks, same message: yes, same body: yes, same multi result: yes
timeout not before 0.3 s: yes
unknown host errno 6 as without hooks, same message: yes, same body: yes, same multi result: yes
bad scheme   errno 1 as without hooks, same message: yes, same body: yes, same multi result: yes
ok           errno 0 as without hooks, same message: yes, same body: yes, same multi result: yes
