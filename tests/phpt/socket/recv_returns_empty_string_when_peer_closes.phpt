--TEST--
Study\Coroutine\Socket::recv(): once the peer closed, data still queued comes first, then recv() returns '' (not false) with errCode 0, again on every later call; a reader already waiting when the peer closes wakes with ''
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
var_dump($a->send('last words'));
var_dump($a->close());
var_dump($b->recv(), $b->errCode);
var_dump($b->recv(), $b->errCode);
var_dump($b->recv(10, 5), $b->errCode);
$b->close();

echo "-- a waiting reader\n";
[$a, $b] = connected_pair();
$reader = Sgo(function () use ($b) {
    echo "reader: waits\n";
    $data = $b->recv();
    echo "reader: got ", var_export($data, true), ", errCode {$b->errCode}\n";
    $b->close();
});
echo "main: closes the peer\n";
$a->close();
Sco::join([$reader]);
echo "main: end\n";
?>
--EXPECT--
int(10)
bool(true)
string(10) "last words"
int(0)
string(0) ""
int(0)
string(0) ""
int(0)
-- a waiting reader
reader: waits
main: closes the peer
reader: got '', errCode 0
main: end
