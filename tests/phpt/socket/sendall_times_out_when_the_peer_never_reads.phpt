--TEST--
Study\Coroutine\Socket send timeouts: with a peer that never reads, sendAll() of 16 MiB (more than both kernel buffers hold) with a short timeout returns false with errCode ETIMEDOUT (110), in a coroutine and in the main script; send() returns what the kernel took until the buffers are full, then false with ETIMEDOUT; the peer can still read what was sent
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$big = str_repeat('z', 16 * 1024 * 1024);
$c = Sgo(function () use ($a, $big) {
    var_dump($a->sendAll($big, 0.2));
    echo "coroutine: errCode {$a->errCode}, errMsg ", $a->errMsg !== '' ? "set" : "EMPTY", "\n";
});
Sco::join([$c]);
var_dump($a->sendAll($big, 0.1));
echo "main: errCode {$a->errCode}\n";

$first = $b->recv(10, 10);
echo "the peer reads: ", $first === str_repeat('z', 10) ? "the first bytes sent" : var_export($first, true), "\n";
$a->close();
$b->close();

echo "-- send()\n";
[$a, $b] = connected_pair();
$sent = 0;
$calls = 0;
while (($n = $a->send(str_repeat('y', 65536), 0.1)) !== false) {
    $sent += $n;
    if (++$calls > 10000) {
        echo "send never stopped\n";
        break;
    }
}
echo "send: took ", $sent > 65536 ? "several chunks" : "$sent bytes", ", then false once the buffers are full, errCode {$a->errCode}\n";
var_dump($b->recv(3, 10));
$a->close();
$b->close();
?>
--EXPECT--
bool(false)
coroutine: errCode 110, errMsg set
bool(false)
main: errCode 110
the peer reads: the first bytes sent
-- send()
send: took several chunks, then false once the buffers are full, errCode 110
string(3) "yyy"
