--TEST--
HOOK_CURL: an exception thrown by a CURLOPT_XFERINFOFUNCTION callback (which PHP's curl does not turn into an abort) ends that coroutine's curl_exec() at once and is caught there; it never reaches another coroutine, whose transfer goes on and succeeds
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
$log = [];
$a = Sgo(function () use ($port, &$log) {
    $ch = curl_init("http://127.0.0.1:$port/sleep?ms=500");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_NOPROGRESS, false);
    curl_setopt($ch, CURLOPT_XFERINFOFUNCTION, function () { throw new RuntimeException('from the progress callback'); });
    try {
        $result = curl_exec($ch);
        $log[] = 'a: curl_exec returned ' . var_export($result, true) . ' without an exception';
    } catch (RuntimeException $e) {
        $log[] = 'a: caught ' . $e->getMessage();
    }
});
$b = Sgo(function () use ($port, &$log) {
    $ch = curl_init("http://127.0.0.1:$port/sleep?ms=300");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    try {
        $log[] = 'b: ' . curl_exec($ch);
    } catch (Throwable $e) {
        $log[] = 'b: caught ' . get_class($e) . ': ' . $e->getMessage();
    }
});
Sco::join([$a, $b]);
sort($log);
echo implode("\n", $log), "\n";
curl_test_server_stop($server);
?>
--EXPECT--
a: caught from the progress callback
b: slept 300 ms
