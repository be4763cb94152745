--TEST--
With HOOK_SOCKETS, two coroutines waiting in socket_accept() on one listening socket at the same time (a server with
two acceptors) both get connections: each of 6 clients is accepted by exactly one of them, and neither acceptor fails;
socket_close() of the listening socket while both acceptors wait ends their socket_accept() with EBADF (9)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$listener = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_bind($listener, '127.0.0.1', 0);
socket_listen($listener, 16);
socket_getsockname($listener, $address, $port);
$accepted = ['a' => 0, 'b' => 0];
$inAccept = ['a' => false, 'b' => false];
$ids = [];
foreach (['a', 'b'] as $name) {
    $ids[] = Sgo(function () use ($listener, $name, &$accepted, &$inAccept) {
        for (;;) {
            $inAccept[$name] = true;
            $connection = socket_accept($listener);
            $inAccept[$name] = false;
            if ($connection === false) {
                echo "$name: socket_accept() failed: ", socket_last_error(), "\n";
                return;
            }
            $accepted[$name]++;
            socket_write($connection, "hello from $name");
            socket_close($connection);
            Sco::sleep(0.01); // the other acceptor waits meanwhile
        }
    });
}
$answers = [];
for ($i = 0; $i < 6; $i++) {
    $client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
    socket_connect($client, '127.0.0.1', $port);
    $answers[] = socket_read($client, 100);
    socket_close($client);
}
sort($answers);
echo implode("\n", array_unique($answers)), "\n";
echo "accepted: ", array_sum($accepted), "\n";
while (!$inAccept['a'] || !$inAccept['b']) { // both acceptors wait again
    Sco::sleep(0.01);
}
socket_close($listener);
Sco::join($ids);
echo "both acceptors ended\n";
?>
--EXPECTF--
hello from a
hello from b
accepted: 6

Warning: socket_accept(): unable to accept incoming connection [9]: Bad file descriptor in %s on line %d
%c: socket_accept() failed: 9

Warning: socket_accept(): unable to accept incoming connection [9]: Bad file descriptor in %s on line %d
%c: socket_accept() failed: 9
both acceptors ended
