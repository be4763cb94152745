--TEST--
With HOOK_ALL, 50 coroutines each call file_get_contents('https://127.0.0.1:PORT/slow/N') (verify_peer off) against a TLS server in a child process that answers a request only once all 50 have arrived (and 0.2 s after it arrived): every answer says that 50 had arrived, so every connect, handshake and request went out while the others waited, none before the main script went on, and each body is the coroutine's own
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
const CLIENTS = 50;
$server = tls_server('https', tls_certificate('server'), CLIENTS);
$context = stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false], 'http' => ['timeout' => 600]]);

Study\Runtime::enableCoroutine();
$answered = 0;
$bodies = [];
$statuses = [];
$coroutines = [];
$start = microtime(true);
for ($i = 0; $i < CLIENTS; $i++) {
    $coroutines[] = Sgo(function () use ($i, $server, $context, &$answered, &$bodies, &$statuses) {
        $bodies[$i] = file_get_contents("https://{$server[0]}/slow/$i", false, $context);
        $statuses[$http_response_header[0] ?? 'none'] = true;
        $answered++;
    });
}
echo "answered before the main script went on: $answered\n";
Sco::join($coroutines);
$elapsed = microtime(true) - $start;
$right = 0;
foreach ($bodies as $i => $body) {
    $body === "arrived=50 path=/slow/$i" ? $right++ : print("coroutine $i: " . var_export($body, true) . "\n");
}
echo "answered: $answered, each saying all 50 had arrived, with its own path: $right\n";
echo "status lines: ", implode(', ', array_keys($statuses)), "\n";
if (getenv('STUDY_TLS_SHOW_TIME')) {
    fprintf(STDERR, "50 x https with a 0.2 s server delay: %.3f s\n", $elapsed);
}
Study\Runtime::disableCoroutine();
tls_server_stop($server);
?>
--EXPECT--
answered before the main script went on: 0
answered: 50, each saying all 50 had arrived, with its own path: 50
status lines: HTTP/1.0 200 OK
