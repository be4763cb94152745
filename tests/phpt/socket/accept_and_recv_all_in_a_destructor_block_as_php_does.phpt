--TEST--
Study\Coroutine\Socket in a destructor, where a coroutine may not suspend on PHP < 8.4: accept() and recvAll() block the thread as PHP's own sockets would (accept() refused to switch there before, with "cannot switch coroutines here") and recvAll() gathers 16 MiB that another process writes, more than the kernel's receive buffer holds, so it reads many times; recvAll() with nothing to read reports its timeout
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
    public const SIZE = 16 << 20;

    public function __construct(public Socket $server, public int $port) {}

    public function __destruct() {
        // The writer keeps its connection open until this side closes it (its fread() returns then).
        $writer = '$s = stream_socket_client("tcp://127.0.0.1:' . $this->port . '", $errno, $error, 120);'
            . ' fwrite($s, str_repeat("0123456789abcdef", ' . self::SIZE . ' >> 4)); fread($s, 1);';
        // A fixture: not traced by valgrind, without the sanitizers' preloads.
        $env = getenv();
        unset($env['LD_PRELOAD']);
        $child = proc_open([PHP_BINARY, '-n', '-d', 'study_test_fixture=not-traced-by-valgrind', '-r', $writer],
            [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
        $peer = $this->server->accept(120);
        if (!$peer instanceof Socket) {
            echo "accept() failed: {$this->server->errMsg}\n";
        } else {
            $data = $peer->recvAll(self::SIZE, 120);
            var_dump(is_string($data) && $data === str_repeat("0123456789abcdef", self::SIZE >> 4));
            $start = hrtime(true);
            var_dump($peer->recvAll(10, 0.05), $peer->errCode === 110 /* ETIMEDOUT */);
            var_dump((hrtime(true) - $start) / 1e9 >= 0.05);
            $peer->close();
        }
        echo stream_get_contents($pipes[2]);
        var_dump(proc_close($child));
    }
}
$receiver = new Receiver($server, $port);
unset($receiver);
echo "done\n";
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
int(0)
done
