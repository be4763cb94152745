--TEST--
Regression: a lookup timeout of 0 means "do not wait", as for every other wait (it meant "no limit"): gethostbyname() and getaddrinfo() fail at once with a "timed out" warning, and Socket::connect() to a name with timeout 0 fails with ETIMEDOUT; a numeric address still connects, and a negative timeout still waits without limit
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Socket, System};

Sco::join([Sgo(function () {
    var_dump(System::gethostbyname('localhost', Socket::AF_INET, 0));
    var_dump(System::getaddrinfo('localhost', 0, Socket::SOCK_STREAM, 0, null, 0));
    echo "unlimited: ", System::gethostbyname('localhost', Socket::AF_INET, -1), "\n";

    $listener = new Socket();
    $listener->bind('127.0.0.1', 0);
    $listener->listen();
    $port = $listener->getsockname()['port'];
    $socket = new Socket();
    var_dump($socket->connect('localhost', $port, 0), $socket->errCode === 110 /* ETIMEDOUT */, $socket->errMsg);
    $socket = new Socket();
    // A numeric address needs no lookup: timeout 0 starts the connection (on loopback it may be over already).
    $started = $socket->connect('127.0.0.1', $port, 0);
    var_dump($started || $socket->errCode === 115 /* EINPROGRESS */);
})]);
?>
--EXPECTF--
Warning: Study\Coroutine\System::gethostbyname(): cannot resolve "localhost": timed out in %s on line %d
bool(false)

Warning: Study\Coroutine\System::getaddrinfo(): cannot resolve "localhost": timed out in %s on line %d
bool(false)
unlimited: 127.0.0.1
bool(false)
bool(true)
string(9) "timed out"
bool(true)
