--TEST--
Study\Coroutine\Socket: while one coroutine waits in recv() on a socket, a second coroutine's recv() on the same socket is refused at once (false with errCode EBUSY (16), or an Error) instead of queueing behind it or stealing data; the first reader gets the data intact and the socket keeps working; the same for a second accept() on a listening socket
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

function second_call(string $what, Socket $socket, callable $call): void
{
    try {
        $r = $call();
        $refused = $r === false && $socket->errCode === 16;
        $detail = var_export($r, true) . ", errCode {$socket->errCode}";
    } catch (Throwable $e) {
        $refused = true;
        $detail = get_class($e) . ": " . $e->getMessage();
    }
    echo "$what: ", $refused ? "refused" : "NOT refused", " ($detail)\n";
}

[$a, $b] = connected_pair();
$first = null;
$reader = Sgo(function () use ($b, &$first) {
    $first = $b->recv(100, 30);
});
Sco::join([Sgo(function () use ($b) {
    second_call('second recv in a coroutine', $b, fn() => $b->recv(100, 30));
})]);
second_call('second recv in the main script', $b, fn() => $b->recv(100, 30));
second_call('recvAll beside the waiting recv', $b, fn() => $b->recvAll(100, 30));
$a->send('for the first reader');
Sco::join([$reader]);
echo "first reader: ", var_export($first, true), "\n";
$a->send('next');
echo "after that: ", var_export($b->recv(100, 10), true), ", errCode {$b->errCode}\n";
$a->close();
$b->close();

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$acceptor = Sgo(function () use ($listener) {
    $r = $listener->accept(30);
    echo "first accept: ", var_export($r, true), ", errCode {$listener->errCode}\n";
});
second_call('second accept', $listener, fn() => $listener->accept(30));
$listener->close();
Sco::join([$acceptor]);
?>
--EXPECTF--
second recv in a coroutine: refused (%s)
second recv in the main script: refused (%s)
recvAll beside the waiting recv: refused (%s)
first reader: 'for the first reader'
after that: 'next', errCode 0
second accept: refused (%s)
first accept: false, errCode 9
