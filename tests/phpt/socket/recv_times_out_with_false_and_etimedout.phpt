--TEST--
Study\Coroutine\Socket::recv() with a timeout and nothing arriving: false with errCode ETIMEDOUT (110) and an errMsg, in a coroutine and in the main script; the socket stays usable, data that comes later is read by the next recv(), and errCode is back to 0 after it; recvAll() times out the same way
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$timedOut = new Channel(1);
$reader = Sgo(function () use ($b, $timedOut) {
    var_dump($b->recv(100, 0.1));
    echo "coroutine: errCode {$b->errCode}, errMsg ", $b->errMsg !== '' ? "set" : "EMPTY", "\n";
    $timedOut->push(true);
    var_dump($b->recv(100, 10));
    echo "coroutine: errCode {$b->errCode}\n";
});
$timedOut->pop();
echo "main: sends after the timeout\n";
$a->send('late data');
Sco::join([$reader]);

echo "-- main script\n";
var_dump($b->recv(100, 0.05));
echo "main: errCode {$b->errCode}\n";
var_dump($b->recvAll(10, 0.05));
echo "main: recvAll errCode {$b->errCode}\n";
$a->send('part');
var_dump($b->recvAll(10, 0.1));
echo "main: recvAll with only part of it errCode {$b->errCode}\n";
// Whether the timed-out recvAll() kept or consumed the partial bytes is not part of the contract.
$a->send('123456');
$data = $b->recv(100, 10);
echo "main: next recv ends with what came later: ", is_string($data) && str_ends_with($data, '123456') ? "yes" : "NO", "\n";
echo "main: errCode {$b->errCode}\n";
$a->close();
$b->close();
?>
--EXPECT--
bool(false)
coroutine: errCode 110, errMsg set
main: sends after the timeout
string(9) "late data"
coroutine: errCode 0
-- main script
bool(false)
main: errCode 110
bool(false)
main: recvAll errCode 110
bool(false)
main: recvAll with only part of it errCode 110
main: next recv ends with what came later: yes
main: errCode 0
