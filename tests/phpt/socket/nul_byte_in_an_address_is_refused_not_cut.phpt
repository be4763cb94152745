--TEST--
Regression: an address or Unix path with a NUL byte in it is refused with EINVAL by connect(), bind() and sendto() alike, and by Server, instead of being cut at the NUL (connect() to "path\0junk" reached "path"; "127.0.0.1\0junk" was taken for 127.0.0.1)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Server, Socket};

$path = sys_get_temp_dir() . '/study_nul_' . getmypid() . '.sock';
@unlink($path);
$server = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
var_dump($server->bind($path), $server->listen());

function show(string $call, $result, Socket $socket): void
{
    echo "$call: ", var_export($result, true), ", errCode ", $socket->errCode, ", errMsg ", $socket->errMsg, "\n";
}

$unix = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
show('unix connect', $unix->connect("$path\0junk", 0, 5), $unix);
show('unix bind', $unix->bind("$path.2\0junk"), $unix);
$udg = new Socket(Socket::AF_UNIX, Socket::SOCK_DGRAM);
show('unix sendto', $udg->sendto("$path\0junk", 0, 'x'), $udg);

$tcp = new Socket();
$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
show('tcp connect', $tcp->connect("127.0.0.1\0junk", $port, 5), $tcp);
show('tcp bind', $tcp->bind("127.0.0.1\0junk"), $tcp);
$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
show('udp sendto', $udp->sendto("127.0.0.1\0junk", $port, 'x'), $udp);
try {
    new Server("127.0.0.1\0junk", 0);
} catch (Study\Coroutine\Socket\Exception $e) {
    echo get_class($e), ": ", str_replace("\0", '\0', $e->getMessage()), "\n";
}
// Nothing was accepted: no connect reached either listener.
var_dump($server->accept(0), $listener->accept(0));
// The same calls without the NUL work.
show('unix connect', $unix->connect($path, 0, 5), $unix);
show('tcp connect', $tcp->connect('127.0.0.1', $port, 5), $tcp);
@unlink($path);
?>
--EXPECT--
bool(true)
bool(true)
unix connect: false, errCode 22, errMsg invalid address
unix bind: false, errCode 22, errMsg invalid address
unix sendto: false, errCode 22, errMsg invalid address
tcp connect: false, errCode 22, errMsg invalid address
tcp bind: false, errCode 22, errMsg invalid address
udp sendto: false, errCode 22, errMsg invalid address
Study\Coroutine\Socket\Exception: cannot listen on 127.0.0.1:0: invalid address
bool(false)
bool(false)
unix connect: true, errCode 0, errMsg 
tcp connect: true, errCode 0, errMsg 
