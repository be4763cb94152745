--TEST--
Study\Coroutine\Socket::recvAll() and sendAll() with a timeout: the timeout limits the whole call, not each wait inside it ("above 0 waits up to that many seconds"): a peer that drips one byte every 20 ms, or drains 64 KiB every 0.1 s, cannot keep the call going; it returns false with ETIMEDOUT (110) long before all the data could pass
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$stop = false;
// 2000 bytes at one per 20 ms take at least 40 s; the recvAll() below allows 0.2 s. Ending within 30 s tells the
// two apart however loaded the machine.
$dripper = Sgo(function () use ($a, &$stop) {
    for ($i = 0; $i < 2000 && !$stop; $i++) {
        Sco::sleep(0.02);
        $a->send('x');
    }
});
$start = microtime(true);
$r = $b->recvAll(2000, 0.2);
$elapsed = microtime(true) - $start;
echo "recvAll: ", var_export($r === false ? false : strlen($r) . " bytes", true), ", errCode {$b->errCode}, ended before the data could all come: ", $elapsed < 30 ? "yes" : sprintf("NO (%.1f s)", $elapsed), "\n";
$stop = true;
Sco::join([$dripper]);
$a->close();
$b->close();

[$c, $d] = connected_pair();
$stop = false;
// 32 MiB at 64 KiB per 0.1 s take at least 50 s; the sendAll() below allows 0.3 s. Ending within 30 s tells the two
// apart however loaded the machine.
$drainer = Sgo(function () use ($d, &$stop) {
    while (!$stop) {
        Sco::sleep(0.1);
        $d->recv(65536, 5);
    }
});
$start = microtime(true);
$r = $c->sendAll(str_repeat('y', 32 * 1024 * 1024), 0.3);
$elapsed = microtime(true) - $start;
echo "sendAll: ", var_export($r, true), ", errCode {$c->errCode}, ended before the data could all pass: ", $elapsed < 30 ? "yes" : sprintf("NO (%.1f s)", $elapsed), "\n";
$stop = true;
Sco::join([$drainer]);
$c->close();
$d->close();
?>
--EXPECT--
recvAll: false, errCode 110, ended before the data could all come: yes
sendAll: false, errCode 110, ended before the data could all pass: yes
