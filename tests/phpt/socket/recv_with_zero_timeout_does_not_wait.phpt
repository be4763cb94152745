--TEST--
Study\Coroutine\Socket::recv() with timeout 0 only checks, as every other wait of study: with nothing queued it returns false with ETIMEDOUT (110) at once without suspending the coroutine; with data queued it returns the data
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
Sgo(function () use ($b) {
    var_dump($b->recv(100, 0));
    echo "coroutine: errCode {$b->errCode}, did not suspend\n";
});
echo "main: after Sgo\n";
var_dump($b->recv(100, 0), $b->errCode);
$a->send('queued');
// The data is in the peer's receive queue once send() returned on loopback; give the loop one turn anyway.
Sco::sleep(0.01);
var_dump($b->recv(100, 0), $b->errCode);
$a->close();
$b->close();
?>
--EXPECT--
bool(false)
coroutine: errCode 110, did not suspend
main: after Sgo
bool(false)
int(110)
string(6) "queued"
int(0)
