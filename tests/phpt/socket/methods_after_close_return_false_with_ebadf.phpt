--TEST--
Study\Coroutine\Socket used after close(): every call that needs the descriptor returns false with errCode EBADF (9) and an errMsg, at once (no wait, no crash), in the main script and in a coroutine, for a connected, a listening and a UDP socket; the reference arguments of recvfrom() are left alone
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

function use_after_close(string $what, Socket $socket): void
{
    $calls = [
        'bind' => fn() => $socket->bind('127.0.0.1', 0),
        'listen' => fn() => $socket->listen(),
        'accept' => fn() => $socket->accept(5),
        'connect' => fn() => $socket->connect('127.0.0.1', 1, 5),
        'recv' => fn() => $socket->recv(10, 5),
        'recvAll' => fn() => $socket->recvAll(10, 5),
        'send' => fn() => $socket->send('x', 5),
        'sendAll' => fn() => $socket->sendAll('x', 5),
        'recvfrom' => function () use ($socket) {
            $address = 'untouched';
            $port = 'untouched';
            $r = $socket->recvfrom(10, $address, $port, 5);
            return $r === false && $address === 'untouched' && $port === 'untouched' ? false : 'changed the references';
        },
        'sendto' => fn() => $socket->sendto('127.0.0.1', 9, 'x'),
        'shutdown' => fn() => $socket->shutdown(),
        'setOption' => fn() => $socket->setOption(1, 2, 1),
        'getOption' => fn() => $socket->getOption(1, 2),
        'getsockname' => fn() => $socket->getsockname(),
        'getpeername' => fn() => $socket->getpeername(),
    ];
    $bad = [];
    foreach ($calls as $name => $call) {
        $socket->errCode = 0;
        $socket->errMsg = '';
        try {
            $r = $call();
        } catch (Throwable $e) {
            $bad[] = "$name threw " . get_class($e) . ": " . $e->getMessage();
            continue;
        }
        if ($r !== false || $socket->errCode !== 9 || $socket->errMsg === '') {
            $bad[] = "$name returned " . var_export($r, true) . ", errCode {$socket->errCode}";
        }
    }
    echo "$what: ", $bad ? "\n  " . implode("\n  ", $bad) : "false with EBADF from all " . count($calls) . " calls", ", fd {$socket->fd}\n";
}

[$a, $b] = connected_pair();
$a->close();
use_after_close('connected socket', $a);
$b->close();

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$listener->close();
use_after_close('listening socket', $listener);

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
$udp->close();
Sco::join([Sgo(function () use ($udp) {
    use_after_close('UDP socket in a coroutine', $udp);
})]);
var_dump($udp->close());
?>
--EXPECT--
connected socket: false with EBADF from all 15 calls, fd -1
listening socket: false with EBADF from all 15 calls, fd -1
UDP socket in a coroutine: false with EBADF from all 15 calls, fd -1
bool(false)
