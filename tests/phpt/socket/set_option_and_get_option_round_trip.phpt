--TEST--
Study\Coroutine\Socket::setOption()/getOption(): SO_REUSEADDR, SO_KEEPALIVE and TCP_NODELAY set to 1 read back as 1 and set to 0 read back as 0; SO_TYPE reads SOCK_STREAM or SOCK_DGRAM; SO_RCVBUF reads at least what was set; an unknown option is false with ENOPROTOOPT (92) and errCode is 0 again after the next good call
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

const SOL_SOCKET_ = 1;
const SO_REUSEADDR_ = 2;
const SO_TYPE_ = 3;
const SO_RCVBUF_ = 8;
const SO_KEEPALIVE_ = 9;
const IPPROTO_TCP_ = 6;
const TCP_NODELAY_ = 1;

$socket = new Socket();
foreach (['SO_REUSEADDR' => [SOL_SOCKET_, SO_REUSEADDR_], 'SO_KEEPALIVE' => [SOL_SOCKET_, SO_KEEPALIVE_], 'TCP_NODELAY' => [IPPROTO_TCP_, TCP_NODELAY_]] as $name => [$level, $option]) {
    foreach ([1, 0, 1] as $value) {
        $set = $socket->setOption($level, $option, $value);
        $get = $socket->getOption($level, $option);
        echo "$name = $value: set ", var_export($set, true), ", get ", var_export($get, true), ", errCode {$socket->errCode}\n";
    }
}
var_dump($socket->getOption(SOL_SOCKET_, SO_TYPE_));
var_dump($socket->setOption(SOL_SOCKET_, SO_RCVBUF_, 65536));
echo "SO_RCVBUF: at least what was set: ", $socket->getOption(SOL_SOCKET_, SO_RCVBUF_) >= 65536 ? "yes" : "NO", "\n";

var_dump($socket->getOption(SOL_SOCKET_, 12345), $socket->errCode);
echo "errMsg: ", $socket->errMsg !== '' ? "set" : "EMPTY", "\n";
var_dump($socket->setOption(SOL_SOCKET_, 12345, 1), $socket->errCode);
var_dump($socket->getOption(SOL_SOCKET_, SO_REUSEADDR_), $socket->errCode);
$socket->close();

$udp = new Socket(Socket::AF_INET, Socket::SOCK_DGRAM);
var_dump($udp->getOption(SOL_SOCKET_, SO_TYPE_));
$udp->close();

// Set before bind(), still set once listening.
$listener = new Socket();
$listener->setOption(SOL_SOCKET_, SO_REUSEADDR_, 1);
$listener->bind('127.0.0.1', 0);
$listener->listen();
var_dump($listener->getOption(SOL_SOCKET_, SO_REUSEADDR_));
$listener->close();
?>
--EXPECT--
SO_REUSEADDR = 1: set true, get 1, errCode 0
SO_REUSEADDR = 0: set true, get 0, errCode 0
SO_REUSEADDR = 1: set true, get 1, errCode 0
SO_KEEPALIVE = 1: set true, get 1, errCode 0
SO_KEEPALIVE = 0: set true, get 0, errCode 0
SO_KEEPALIVE = 1: set true, get 1, errCode 0
TCP_NODELAY = 1: set true, get 1, errCode 0
TCP_NODELAY = 0: set true, get 0, errCode 0
TCP_NODELAY = 1: set true, get 1, errCode 0
int(1)
bool(true)
SO_RCVBUF: at least what was set: yes
bool(false)
int(92)
errMsg: set
bool(false)
int(92)
int(1)
int(0)
int(2)
int(1)
