--TEST--
Regression: fread() on a hooked stream that another coroutine waits on in stream_select() failed with EBADF and set
the stream at EOF although the connection was fine; it throws an Error saying the stream is waited on, and the stream
stays usable (not at EOF) for the selecting coroutine
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0');
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
$peer = stream_socket_accept($server);
Sgo(function () use ($client) {
    $read = [$client];
    $write = $except = [];
    var_dump(stream_select($read, $write, $except, 5));
    var_dump(fread($client, 10));
});
Sgo(function () use ($client) {
    try {
        fread($client, 10);
        echo "no error\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    var_dump(feof($client));
});
fwrite($peer, "data");
?>
--EXPECTF--
Error: Socket stream (fd %d) is already being waited on by another coroutine (in stream_select()); a stream can be waited on by one coroutine at a time
bool(false)
int(1)
string(4) "data"
