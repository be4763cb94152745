--TEST--
Every call that takes a timeout checks it by one rule with one message: NaN is a ValueError naming the right argument (getaddrinfo() named argument #3 for its argument #6); infinity, like any negative value, waits without limit
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\{Channel, Socket, System, WaitGroup};

$channel = new Channel(1);
$group = new WaitGroup();
$socket = new Socket(Socket::AF_INET, Socket::SOCK_STREAM);
$address = $port = null;
$calls = [
    'Channel::push' => fn() => $channel->push(1, NAN),
    'Channel::pop' => fn() => $channel->pop(NAN),
    'Channel::select' => fn() => Channel::select([$channel], [], NAN),
    'Coroutine::join' => fn() => Sco::join([], NAN),
    'WaitGroup::wait' => fn() => $group->wait(NAN),
    'Socket::accept' => fn() => $socket->accept(NAN),
    'Socket::connect' => fn() => $socket->connect('127.0.0.1', 1, NAN),
    'Socket::recv' => fn() => $socket->recv(1, NAN),
    'Socket::recvAll' => fn() => $socket->recvAll(1, NAN),
    'Socket::send' => fn() => $socket->send('x', NAN),
    'Socket::sendAll' => fn() => $socket->sendAll('x', NAN),
    'Socket::recvfrom' => fn() => $socket->recvfrom(1, $address, $port, NAN),
    'Socket::setTimeout' => fn() => $socket->setTimeout(NAN),
    'System::gethostbyname' => fn() => System::gethostbyname('localhost', Socket::AF_INET, NAN),
    'System::getaddrinfo' => fn() => System::getaddrinfo('localhost', 0, Socket::SOCK_STREAM, 0, null, NAN),
    'System::waitSignal' => fn() => System::waitSignal(10, NAN),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: NOT REFUSED\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
}

echo "-- infinity and negative values wait without limit\n";
Sgo(function () use ($channel) {
    Sco::sleep(0.01);
    $channel->push('late');
});
var_dump($channel->pop(INF), $channel->push('kept', -INF), $channel->pop(-1));
var_dump(Sco::join([Sgo(fn() => Sco::sleep(0.01))], INF));
$group->add();
Sgo(function () use ($group) {
    Sco::sleep(0.01);
    $group->done();
});
var_dump($group->wait(INF));
?>
--EXPECT--
Study\Coroutine\Channel::push(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Channel::pop(): Argument #1 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Channel::select(): Argument #3 ($timeout) must be a number of seconds, not NaN
Study\Coroutine::join(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\WaitGroup::wait(): Argument #1 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::accept(): Argument #1 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::connect(): Argument #3 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::recv(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::recvAll(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::send(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::sendAll(): Argument #2 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::recvfrom(): Argument #4 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\Socket::setTimeout(): Argument #1 ($seconds) must be a number of seconds, not NaN
Study\Coroutine\System::gethostbyname(): Argument #3 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\System::getaddrinfo(): Argument #6 ($timeout) must be a number of seconds, not NaN
Study\Coroutine\System::waitSignal(): Argument #2 ($timeout) must be a number of seconds, not NaN
-- infinity and negative values wait without limit
string(4) "late"
bool(true)
string(4) "kept"
bool(true)
bool(true)
