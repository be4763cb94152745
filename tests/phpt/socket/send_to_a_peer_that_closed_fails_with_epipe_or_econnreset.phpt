--TEST--
Study\Coroutine\Socket: writing to a connection the peer closed (with unread data, so the kernel answered with a reset) fails with false and errCode EPIPE (32) or ECONNRESET (104) instead of killing the process with SIGPIPE; a recv() on it returns false with ECONNRESET or ''; the socket closes normally
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$a->sendAll('never read by b');
// b closes with unread data: Linux sends a reset instead of a FIN.
$b->close();
Sco::sleep(0.05);
$failed = null;
for ($i = 0; $i < 100 && $failed === null; $i++) {
    $r = $a->sendAll(str_repeat('x', 65536), 5);
    if ($r === false) {
        $failed = $a->errCode;
    }
}
echo "sendAll: ", $failed === null ? "never failed" : "false with " . ([32 => 'EPIPE', 104 => 'ECONNRESET'][$failed] ?? "errCode $failed"), "\n";
$r = $a->recv(100, 5);
echo "recv: ", $r === '' ? "''" : ($r === false && in_array($a->errCode, [32, 104], true) ? "false with a reset" : var_export($r, true) . " {$a->errCode}"), "\n";
var_dump($a->close());
echo "still alive\n";
?>
--EXPECTF--
sendAll: false with %rEPIPE|ECONNRESET%r
recv: %r''|false with a reset%r
bool(true)
still alive
