--TEST--
Study\Runtime: hooked stream_socket_client('tcp://localhost:PORT'), gethostbyname(), fwrite() and usleep() in a destructor, in the main script and in a coroutine, work as PHP's own blocking functions (the lookup used to be refused: "getaddrinfo ... canceled")
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT);

class Greeter {
    public function __construct(public int $port, public string $who) {}
    public function __destruct() {
        var_dump(gethostbyname('localhost'));
        // localhost may resolve to ::1 first: nobody listens there, and the next address is tried.
        $client = stream_socket_client("tcp://localhost:{$this->port}", $errno, $errstr, 5);
        var_dump($client !== false ? 'connected' : "$errno $errstr");
        var_dump(fwrite($client, "hello from {$this->who}\n"));
        usleep(1000);
        fclose($client);
    }
}

$greeter = new Greeter($port, 'the main script');
unset($greeter);
$peer = stream_socket_accept($server, 5);
echo fgets($peer);

// Before PHP 8.4 the destructor blocks and the coroutine ends inside Sgo(); since 8.4 it suspends as a Fiber may.
$cid = Sgo(function () use ($port) {
    $greeter = new Greeter($port, 'a coroutine');
    unset($greeter);
    echo "coroutine goes on\n";
});
Sco::join([$cid]);
$peer = stream_socket_accept($server, 5);
echo fgets($peer);
?>
--EXPECT--
string(9) "127.0.0.1"
string(9) "connected"
int(27)
hello from the main script
string(9) "127.0.0.1"
string(9) "connected"
int(23)
coroutine goes on
hello from a coroutine
