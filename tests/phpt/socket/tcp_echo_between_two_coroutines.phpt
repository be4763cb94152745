--TEST--
Study\Coroutine\Socket over TCP on 127.0.0.1: bind to port 0 and getsockname() give the kernel's port, listen(), accept() returns a connected Socket, connect() returns true, send() returns the bytes sent, recv() returns what arrived, getsockname()/getpeername() report both ends, errCode stays 0 and recv() returns '' once the client closed
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$server = new Socket();
var_dump($server->bind('127.0.0.1', 0), $server->listen());
$name = $server->getsockname();
echo "server: bound to {$name['address']}, port ", is_int($name['port']) && $name['port'] > 0 ? "chosen by the kernel" : "NOT chosen", "\n";
$port = $name['port'];

$serving = Sgo(function () use ($server, $port) {
    $conn = $server->accept();
    $first = true;
    while (($data = $conn->recv()) !== '') {
        if ($data === false) {
            echo "server: recv failed: {$conn->errCode} {$conn->errMsg}\n";
            break;
        }
        if ($first) {
            // Only now: the accept and the client's connect complete in the same loop turn, in either order.
            $first = false;
            $local = $conn->getsockname();
            $peer = $conn->getpeername();
            echo "server: accepted a ", get_class($conn), ", listener errCode {$server->errCode}\n";
            echo "server: local {$local['address']} port ", $local['port'] === $port ? "of the listener" : "OTHER", ", peer {$peer['address']}\n";
            $GLOBALS['serverSidePeerPort'] = $peer['port'];
        }
        echo "server: got '$data'\n";
        var_dump($conn->send(strtoupper($data)));
    }
    echo "server: recv returned '', errCode {$conn->errCode}\n";
    var_dump($conn->close());
    var_dump($server->close());
});
$client = Sgo(function () use ($port) {
    $client = new Socket();
    var_dump($client->connect('127.0.0.1', $port));
    $peer = $client->getpeername();
    echo "client: errCode {$client->errCode}, peer {$peer['address']} port ", $peer['port'] === $port ? "of the server" : "OTHER", "\n";
    foreach (['hello', 'world'] as $word) {
        var_dump($client->send($word));
        var_dump($client->recv());
    }
    echo "client: own port seen by the server: ", $client->getsockname()['port'] === $GLOBALS['serverSidePeerPort'] ? "yes" : "NO", "\n";
    var_dump($client->close());
});
Sco::join([$serving, $client]);
echo "main: both ended\n";
?>
--EXPECT--
bool(true)
bool(true)
server: bound to 127.0.0.1, port chosen by the kernel
bool(true)
client: errCode 0, peer 127.0.0.1 port of the server
int(5)
server: accepted a Study\Coroutine\Socket, listener errCode 0
server: local 127.0.0.1 port of the listener, peer 127.0.0.1
server: got 'hello'
int(5)
string(5) "HELLO"
int(5)
server: got 'world'
int(5)
string(5) "WORLD"
client: own port seen by the server: yes
bool(true)
server: recv returned '', errCode 0
bool(true)
bool(true)
main: both ended
