--TEST--
Study\Coroutine\Socket::recv($length): returns at most $length bytes of what arrived, at once when something is there, and leaves the rest for the next call; the default length takes everything queued up to 64 KiB; a length below 1 is refused without reading
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
var_dump($a->send('0123456789'));
var_dump($b->recv(4));
var_dump($b->recv(1));
var_dump($b->recv(100));

var_dump($a->sendAll(str_repeat("x", 100000)));
$total = 0;
$largest = 0;
while ($total < 100000) {
    $chunk = $b->recv();
    if ($chunk === false || $chunk === '') {
        echo "recv failed: ", var_export($chunk, true), " {$b->errCode}\n";
        break;
    }
    $total += strlen($chunk);
    $largest = max($largest, strlen($chunk));
}
echo "received $total bytes, no chunk above 65536: ", $largest <= 65536 ? "yes" : "NO ($largest)", "\n";

var_dump($a->send('abc'));
foreach ([0, -1] as $length) {
    try {
        $r = $b->recv($length, 1);
        echo "recv($length): ", var_export($r, true), ", errCode {$b->errCode}\n";
    } catch (Throwable $e) {
        echo "recv($length): ", get_class($e), "\n";
    }
}
echo "what was queued is still there: ", var_export($b->recv(10), true), "\n";
$a->close();
$b->close();
?>
--EXPECTF--
int(10)
string(4) "0123"
string(1) "4"
string(5) "56789"
int(100000)
received 100000 bytes, no chunk above 65536: yes
int(3)
recv(0): %s
recv(-1): %s
what was queued is still there: 'abc'
