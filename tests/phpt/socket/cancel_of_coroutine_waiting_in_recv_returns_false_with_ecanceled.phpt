--TEST--
Study\Coroutine::cancel() of a coroutine waiting in recv() (with or without timeout) or recvAll(): no exception, the call returns false with errCode ECANCELED (125) and cancel() returns true; the socket stays open and a later recv() gets the data sent afterwards
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$log = [];
$make = function (string $name, callable $call) use ($b, &$log) {
    return Sgo(function () use ($name, $call, $b, &$log) {
        try {
            $r = $call();
            $log[] = "$name: returned " . var_export($r, true) . ", errCode {$b->errCode}";
        } catch (Throwable $e) {
            $log[] = "$name: must not throw " . get_class($e) . ": " . $e->getMessage();
        }
    });
};
$cids = [
    $make('recv without timeout', fn() => $b->recv()),
];
echo "cancel: ", var_export(Sco::cancel($cids[0]), true), "\n";
$cids[] = $make('recv with timeout', fn() => $b->recv(100, 30));
echo "cancel: ", var_export(Sco::cancel($cids[1]), true), "\n";
$cids[] = $make('recvAll', fn() => $b->recvAll(100, 30));
echo "cancel: ", var_export(Sco::cancel($cids[2]), true), "\n";
Sco::join($cids);
echo implode("\n", $log), "\n";

echo "fd still open: ", $b->fd >= 0 ? "yes" : "NO", "\n";
$a->send('after the cancels');
var_dump($b->recv(100, 10), $b->errCode);
$a->close();
$b->close();
?>
--EXPECT--
cancel: true
cancel: true
cancel: true
recv without timeout: returned false, errCode 125
recv with timeout: returned false, errCode 125
recvAll: returned false, errCode 125
fd still open: yes
string(17) "after the cancels"
int(0)
