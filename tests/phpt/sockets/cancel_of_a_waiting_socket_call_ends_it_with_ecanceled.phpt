--TEST--
With HOOK_SOCKETS, Sco::cancel() of a coroutine waiting in socket_read(), socket_accept() or socket_select() ends that
call: false with PHP's warning naming the error, socket_last_error() ECANCELED (125; the global one for socket_accept(), where PHP records it), nothing thrown; the socket stays
usable (a later socket_read() gets what was written after)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$reader = Sgo(function () use ($pair) {
    var_dump(socket_read($pair[0], 10), socket_last_error($pair[0]));
    socket_clear_error($pair[0]);
    echo "then: " . socket_read($pair[0], 10) . "\n";
});
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener);
$acceptor = Sgo(function () use ($listener) {
    var_dump(socket_accept($listener), socket_last_error());
});
$selector = Sgo(function () use ($listener) {
    $read = [$listener];
    $write = $except = null;
    var_dump(socket_select($read, $write, $except, null));
});
var_dump(Sco::cancel($reader), Sco::cancel($acceptor), Sco::cancel($selector));
socket_write($pair[1], "later");
?>
--EXPECTF--
Warning: socket_read(): unable to read from socket [125]: Operation canceled in %s on line %d
bool(false)
int(125)

Warning: socket_accept(): unable to accept incoming connection [125]: Operation canceled in %s on line %d
bool(false)
int(125)

Warning: socket_select(): Unable to select [125]: Operation canceled in %s on line %d
bool(false)
bool(true)
bool(true)
bool(true)
then: later
