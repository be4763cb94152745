--TEST--
Study\Coroutine\Socket in a destructor, where a coroutine may not suspend on PHP < 8.4: accept() and recvAll() block the thread as PHP's own sockets would and gather bytes that arrive in two writes of another process, instead of failing; recvAll() with nothing to read reports its timeout
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$server = new Socket();
$server->bind('127.0.0.1');
$server->listen();
$port = $server->getsockname()['port'];

class Receiver {
    public function __construct(public Socket $server, public int $port) {}
    public function __destruct() {
        // Another process connects and writes "hello", then "world" a moment later: recvAll() waits for both.
        $writer = '$s = stream_socket_client("tcp://127.0.0.1:' . $this->port . '", $errno, $error, 30);'
            . ' fwrite($s, "hello"); usleep(100000); fwrite($s, "world"); fread($s, 1);';
        $child = proc_open([PHP_BINARY, '-n', '-r', $writer], [], $pipes);
        $peer = $this->server->accept(30);
        var_dump($peer instanceof Socket);
        var_dump($peer->recvAll(10, 30));
        $start = hrtime(true);
        var_dump($peer->recvAll(10, 0.05), $peer->errCode === 110 /* ETIMEDOUT */);
        var_dump((hrtime(true) - $start) / 1e9 >= 0.05);
        $peer->close();
        var_dump(proc_close($child));
    }
}
$receiver = new Receiver($server, $port);
unset($receiver);
echo "done\n";
?>
--EXPECT--
bool(true)
string(10) "helloworld"
bool(false)
bool(true)
bool(true)
int(0)
done
