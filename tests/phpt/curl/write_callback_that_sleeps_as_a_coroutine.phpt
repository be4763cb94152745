--TEST--
HOOK_CURL: CURLOPT_WRITEFUNCTION, CURLOPT_HEADERFUNCTION and CURLOPT_XFERINFOFUNCTION callbacks run PHP code in the coroutine that called curl_exec(), and a write callback may itself suspend (Sco::sleep()) while other coroutines run; CURLOPT_READFUNCTION feeds an upload
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
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$log = [];
$a = Sgo(function () use ($port, &$log) {
    $cid = Sco::getCid();
    $ch = curl_init("http://127.0.0.1:$port/big?kib=256");
    $bytes = 0;
    $headers = 0;
    $progress = 0;
    $sameCoroutine = true;
    curl_setopt($ch, CURLOPT_WRITEFUNCTION, function ($ch, $data) use (&$bytes, &$log, &$sameCoroutine, $cid) {
        $sameCoroutine = $sameCoroutine && Sco::getCid() === $cid;
        if ($bytes === 0) {
            $log[] = 'writer sleeps';
            Sco::sleep(0.05);
            $log[] = 'writer woke';
        }
        $bytes += strlen($data);
        return strlen($data);
    });
    curl_setopt($ch, CURLOPT_HEADERFUNCTION, function ($ch, $line) use (&$headers) { $headers++; return strlen($line); });
    curl_setopt($ch, CURLOPT_NOPROGRESS, false);
    curl_setopt($ch, CURLOPT_XFERINFOFUNCTION, function () use (&$progress) { $progress++; return 0; });
    $result = curl_exec($ch);
    $log[] = sprintf("exec returned %s, %d bytes, headers seen: %s, progress seen: %s, callbacks in the caller's coroutine: %s",
        var_export($result, true), $bytes, $headers > 0 ? 'yes' : 'no', $progress > 0 ? 'yes' : 'no', $sameCoroutine ? 'yes' : 'no');
});
$b = Sgo(function () use (&$log) {
    Sco::sleep(0.02);
    $log[] = 'other coroutine ran';
});
$c = Sgo(function () use ($port, &$log) {
    $ch = curl_init("http://127.0.0.1:$port/echo");
    $body = str_repeat('0123456789', 1000);
    $offset = 0;
    curl_setopt_array($ch, [CURLOPT_UPLOAD => true, CURLOPT_CUSTOMREQUEST => 'POST', CURLOPT_INFILESIZE => strlen($body),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_READFUNCTION => function ($ch, $fd, $length) use ($body, &$offset) {
            $chunk = substr($body, $offset, min($length, 3000));
            $offset += strlen($chunk);
            Sco::sleep(0.001);
            return $chunk;
        }]);
    $log[] = 'upload echoed intact: ' . (curl_exec($ch) === $body ? 'yes' : 'no');
});
Sco::join([$a, $b, $c]);
sort($log);
echo implode("\n", $log), "\n";
$order = array_flip($log);
curl_test_server_stop($server);
?>
--EXPECT--
exec returned true, 262144 bytes, headers seen: yes, progress seen: yes, callbacks in the caller's coroutine: yes
other coroutine ran
upload echoed intact: yes
writer sleeps
writer woke
