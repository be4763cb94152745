--TEST--
errCode and errMsg of Socket, Server and Channel are set by one setter: through a reference a script holds to the property, again after the property was unset, and errMsg back to '' with errCode 0 after a call that worked
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Channel, Server, Socket};

$socket = new Socket();
$code = &$socket->errCode;
$message = &$socket->errMsg;
var_dump($socket->recv(1, 0), $code, $message);
var_dump($socket->connect("bad\0address"), $code, $message);
unset($socket->errCode, $socket->errMsg);
var_dump($socket->setOption(1 /* SOL_SOCKET */, 2 /* SO_REUSEADDR */, 1), $socket->errCode, $socket->errMsg);

$channel = new Channel(1);
$channelCode = &$channel->errCode;
var_dump($channel->pop(0), $channelCode);
unset($channel->errCode);
var_dump($channel->push(1), $channel->errCode);
$channel->close();
// unset() broke the reference: it keeps the value it had.
var_dump($channel->push(2), $channelCode, $channel->errCode);

// The server sets its errors when accepting fails for good: here a cancel of start().
$server = new Server('127.0.0.1', 0);
$server->set_handler(fn() => null);
unset($server->errMsg);
$serverCode = &$server->errCode;
$runner = Sgo(fn() => var_dump($server->start()));
Sco::cancel($runner);
var_dump($serverCode, $server->errMsg);
$server->shutdown();
?>
--EXPECT--
bool(false)
int(107)
string(35) "Transport endpoint is not connected"
bool(false)
int(22)
string(15) "invalid address"
bool(true)
int(0)
string(0) ""
bool(false)
int(-1)
bool(true)
int(0)
bool(false)
int(-1)
int(-2)
bool(false)
int(125)
string(18) "Operation canceled"
