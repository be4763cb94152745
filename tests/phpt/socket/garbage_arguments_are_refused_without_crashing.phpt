--TEST--
Study\Coroutine\Socket with garbage arguments (addresses that are not addresses, ports out of range, empty hosts, paths too long or in missing directories, bad lengths, bad shutdown modes, calls in the wrong state): each call is refused at once with exactly the errCode (or exception) that says why, never a wait, a crash or a success; the socket still works afterwards
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

function refused(string $what, Socket $socket, callable $call): void
{
    $socket->errCode = 0;
    $start = microtime(true);
    try {
        $r = $call();
        $ok = $r === false && $socket->errCode !== 0 && $socket->errCode !== 110;
        $detail = var_export($r, true) . ", errCode {$socket->errCode}";
    } catch (Throwable $e) {
        $ok = !($e instanceof Study\Coroutine\CanceledException);
        $detail = get_class($e) . ": " . $e->getMessage();
    }
    // The calls that could wait have a timeout of a minute; being refused takes nowhere near half of it, however
    // loaded the machine.
    $waited = microtime(true) - $start > 30;
    echo "$what: ", $ok && !$waited ? "refused" : "NOT refused" . ($waited ? " (waited)" : ""), " ($detail)\n";
}

$tcp = new Socket();
refused('bind to a word', $tcp, fn() => $tcp->bind('not an address', 0));
refused('bind to 256.1.1.1', $tcp, fn() => $tcp->bind('256.1.1.1', 0));
refused('bind to port 70000', $tcp, fn() => $tcp->bind('127.0.0.1', 70000));
refused('bind to port -1', $tcp, fn() => $tcp->bind('127.0.0.1', -1));
refused('recv on an unconnected socket', $tcp, fn() => $tcp->recv(10, 60));
refused('recvAll on an unconnected socket', $tcp, fn() => $tcp->recvAll(10, 60));
refused('send on an unconnected socket', $tcp, fn() => $tcp->send('x', 60));
refused('sendAll on an unconnected socket', $tcp, fn() => $tcp->sendAll('x', 60));
refused('accept on a socket that does not listen', $tcp, fn() => $tcp->accept(5));
refused('getpeername on an unconnected socket', $tcp, fn() => $tcp->getpeername());
refused('shutdown(7)', $tcp, fn() => $tcp->shutdown(7));
refused('recv of -1 bytes', $tcp, fn() => $tcp->recv(-1, 60));
refused('recvAll of -5 bytes', $tcp, fn() => $tcp->recvAll(-5, 60));
refused('setOption at level -1', $tcp, fn() => $tcp->setOption(-1, 2, 1));
refused('getOption at level 12345', $tcp, fn() => $tcp->getOption(12345, 2));
// After a failed connect Linux reports end of stream to recv(), so these come last.
refused('connect to an empty host', $tcp, fn() => $tcp->connect('', 80, 60));
refused('connect to port 0', $tcp, fn() => $tcp->connect('127.0.0.1', 0, 60));
refused('connect to port 70000', $tcp, fn() => $tcp->connect('127.0.0.1', 70000, 60));

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
refused('listen on a UDP socket', $udp, fn() => $udp->listen());
refused('sendto an IPv6 address from an IPv4 socket', $udp, fn() => $udp->sendto('::1', 9, 'x'));
refused('sendto port 70000', $udp, fn() => $udp->sendto('127.0.0.1', 70000, 'x'));
refused('sendto a datagram above 64 KiB', $udp, fn() => $udp->sendto('127.0.0.1', 9, str_repeat('x', 70000)));
refused('recvfrom of -1 bytes', $udp, fn() => $udp->recvfrom(-1, $address, $port, 60));

$unix = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
refused('bind to a path in a missing directory', $unix, fn() => $unix->bind(sys_get_temp_dir() . '/study-no-such-dir-' . bin2hex(random_bytes(8)) . '/x.sock'));
refused('bind to a path longer than sun_path', $unix, fn() => $unix->bind(sys_get_temp_dir() . '/' . str_repeat('p', 200)));

echo "-- still working\n";
$tcp->close();
$listener = new Socket();
var_dump($listener->bind('127.0.0.1', 0), $listener->listen());
$port = $listener->getsockname()['port'];
$client = new Socket();
$c = Sgo(function () use ($client, $port) {
    $client->connect('127.0.0.1', $port, 10);
    $client->sendAll('fine');
    $client->close();
});
$conn = $listener->accept(10);
var_dump($conn->recvAll(4, 10));
Sco::join([$c]);
$conn->close();
$listener->close();
$udp->close();
$unix->close();
?>
--EXPECT--
bind to a word: refused (false, errCode 22)
bind to 256.1.1.1: refused (false, errCode 22)
bind to port 70000: refused (false, errCode 22)
bind to port -1: refused (false, errCode 22)
recv on an unconnected socket: refused (false, errCode 107)
recvAll on an unconnected socket: refused (false, errCode 107)
send on an unconnected socket: refused (false, errCode 32)
sendAll on an unconnected socket: refused (false, errCode 32)
accept on a socket that does not listen: refused (false, errCode 22)
getpeername on an unconnected socket: refused (false, errCode 107)
shutdown(7): refused (false, errCode 22)
recv of -1 bytes: refused (ValueError: Study\Coroutine\Socket::recv(): Argument #1 ($length) must be greater than 0)
recvAll of -5 bytes: refused (ValueError: Study\Coroutine\Socket::recvAll(): Argument #1 ($length) must be greater than 0)
setOption at level -1: refused (false, errCode 92)
getOption at level 12345: refused (false, errCode 95)
connect to an empty host: refused (false, errCode 22)
connect to port 0: refused (false, errCode 111)
connect to port 70000: refused (false, errCode 22)
listen on a UDP socket: refused (false, errCode 95)
sendto an IPv6 address from an IPv4 socket: refused (false, errCode 22)
sendto port 70000: refused (false, errCode 22)
sendto a datagram above 64 KiB: refused (false, errCode 90)
recvfrom of -1 bytes: refused (ValueError: Study\Coroutine\Socket::recvfrom(): Argument #1 ($length) must be greater than 0)
bind to a path in a missing directory: refused (false, errCode 2)
bind to a path longer than sun_path: refused (false, errCode 22)
-- still working
bool(true)
bool(true)
string(4) "fine"
