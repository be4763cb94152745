--TEST--
Study\Coroutine\Socket::recvAll($length): waits until exactly $length bytes arrived even when they come in several pieces (where recv() returns the first piece), returns exactly $length when more is queued and leaves the rest, and returns fewer bytes (then '') when the peer closes first
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$writer = Sgo(function () use ($a) {
    foreach (['aaaa', 'bbbb', 'cccc'] as $piece) {
        Sco::sleep(0.01);
        $a->send($piece);
    }
});
var_dump($b->recvAll(12, 10));
echo "errCode {$b->errCode}\n";
Sco::join([$writer]);

$a->sendAll(str_repeat('x', 5000) . 'tail');
var_dump(strlen($b->recvAll(5000, 10)));
var_dump($b->recv(100, 10));

$writer = Sgo(function () use ($a) {
    Sco::sleep(0.01);
    $a->send('only this');
    Sco::sleep(0.01);
    $a->close();
});
var_dump($b->recvAll(100, 10));
echo "errCode {$b->errCode}\n";
var_dump($b->recvAll(100, 10));
Sco::join([$writer]);
$b->close();

echo "-- large\n";
[$a, $b] = connected_pair();
$data = random_bytes(3 * 1024 * 1024);
$writer = Sgo(function () use ($a, $data) {
    var_dump($a->sendAll($data));
});
$got = $b->recvAll(strlen($data), 30);
Sco::join([$writer]);
echo "3 MiB in one recvAll(): ", $got === $data ? "identical" : "DIFFERENT", "\n";
$a->close();
$b->close();
?>
--EXPECT--
string(12) "aaaabbbbcccc"
errCode 0
int(5000)
string(4) "tail"
string(9) "only this"
errCode 0
string(0) ""
-- large
int(3145728)
3 MiB in one recvAll(): identical
