--TEST--
examples/metrics_http.php in a child process: /metrics is Prometheus text, /ready says 200; after SIGTERM /ready says
503 while a download is in flight, a second SIGTERM stops accepting, the download still completes whole, and the
process exits with status 0, its steps logged to stderr
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$example = dirname(__DIR__, 3) . '/examples/metrics_http.php';
// A drain delay far longer than the test: only the second SIGTERM ends it, so /ready is seen at 503 without a race.
// The rest of the environment is this process's (the ASan pass preloads its runtime through it).
$env = ['HOST' => '127.0.0.1', 'PORT' => '0', 'WORKERS' => '1', 'DRAIN_DELAY' => '600', 'SHUTDOWN_TIMEOUT' => '120']
    + getenv();
$child = proc_open([PHP_BINARY, '-n', '-d', "extension={$m[1]}", $example], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
    $pipes, null, $env);
$log = '';
while (!preg_match('~msg=listening address=http://127\.0\.0\.1:(\d+)~', $log, $found)) {
    $line = fgets($pipes[2]);
    if ($line === false) {
        die("the example did not start:\n$log" . stream_get_contents($pipes[1]));
    }
    $log .= $line;
}
$port = (int)$found[1];
$pid = proc_get_status($child)['pid'];

// [status line, Content-Type, body] of a GET on a new connection.
function get(int $port, string $path): array {
    $body = @file_get_contents("http://127.0.0.1:$port$path", false,
        stream_context_create(['http' => ['ignore_errors' => true, 'timeout' => 60]]));
    $type = preg_grep('~^Content-Type:~i', $http_response_header ?? []);
    return [$http_response_header[0] ?? 'no answer', reset($type) ?: 'no Content-Type', $body];
}

[$status, $type, $metrics] = get($port, '/metrics');
echo "/metrics: $status, $type\n";
foreach (['study_coroutines gauge', 'study_coroutines_created_total counter', 'study_loop_lag_seconds summary',
          'study_memory_used_bytes gauge'] as $family) {
    echo "  TYPE $family: ", substr_count($metrics, "# TYPE $family\n") === 1 ? 'once' : 'NOT ONCE', "\n";
}
echo "  a connection's coroutine at least: ",
    preg_match('~^study_coroutines ([1-9]\d*)$~m', $metrics) ? 'yes' : 'no', "\n";
echo "/ready: ", get($port, '/ready')[0], "\n";

// A 32 MiB download, read as HTTP/1.0 (the body ends with the connection). The test reads its start and then stops
// reading: far more than the sockets' buffers hold is left, so the handler is still writing until the test reads on.
$download = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 60);
fwrite($download, "GET /download?mb=32 HTTP/1.0\r\nHost: x\r\n\r\n");
$received = '';
while (!str_contains($received, "\r\n\r\n") && !feof($download)) {
    $received .= fread($download, 65536);
}
[$head, $body] = explode("\r\n\r\n", $received, 2);
echo "download: ", strtok($head, "\r\n"), "\n";

posix_kill($pid, SIGTERM);
// The signal reaches the child's waitSignal() soon; until then /ready still says 200.
for ($try = 0; ($ready = get($port, '/ready')[0]) !== 'HTTP/1.1 503 Service Unavailable' && $try < 600; $try++) {
    usleep(100000);
}
echo "/ready after SIGTERM: $ready\n";
echo "/ while draining: ", get($port, '/')[0], "\n";
posix_kill($pid, SIGTERM);

$bytes = strlen($body);
while (!feof($download)) {
    $bytes += strlen((string)fread($download, 1 << 20));
}
echo "download: $bytes bytes of ", 32 << 20, "\n";
fclose($download);

$out = stream_get_contents($pipes[1]);
$log .= stream_get_contents($pipes[2]);
echo "exit status: ", proc_close($child), "\n";
echo "stdout: '$out'\n";
foreach (explode("\n", trim($log)) as $line) {
    // The message and its fields, without the time and pid.
    echo preg_replace('~^\S+ pid=\d+ ~', '', $line), "\n";
}
?>
--EXPECTF--
/metrics: HTTP/1.1 200 OK, Content-Type: text/plain; version=0.0.4
  TYPE study_coroutines gauge: once
  TYPE study_coroutines_created_total counter: once
  TYPE study_loop_lag_seconds summary: once
  TYPE study_memory_used_bytes gauge: once
  a connection's coroutine at least: yes
/ready: HTTP/1.1 200 OK
download: HTTP/1.1 200 OK
/ready after SIGTERM: HTTP/1.1 503 Service Unavailable
/ while draining: HTTP/1.1 200 OK
download: 33554432 bytes of 33554432
exit status: 0
stdout: ''
msg=listening address=http://127.0.0.1:%d
msg="stopping: readiness 503" signal=15 drain_delay=600
msg="second signal: stop accepting now"
msg=draining in_flight=1 shutdown_timeout=120
msg=stopped in_flight=0
