--TEST--
With HOOK_TCP | HOOK_STREAM_SELECT, stream_socket_client() with STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT in a coroutine returns a stream at once ($errno 0, $errstr ''); stream_select() on it for writing returns 1 and keeps its key; then fwrite() and fread() work both ways
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_STREAM_SELECT);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server) {
    $conn = stream_socket_accept($server, 10);
    fwrite($conn, strtoupper(fread($conn, 100)));
    fclose($conn);
});
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10, STREAM_CLIENT_CONNECT | STREAM_CLIENT_ASYNC_CONNECT);
    var_dump(get_resource_type($client), $errno, $errstr);
    $read = null;
    $write = ['client' => $client];
    $except = null;
    var_dump(stream_select($read, $write, $except, 5));
    var_dump(array_keys($write), $write['client'] === $client);
    var_dump(fwrite($client, "hello"));
    var_dump(fread($client, 100));
    fclose($client);
});
?>
--EXPECT--
string(6) "stream"
int(0)
string(0) ""
int(1)
array(1) {
  [0]=>
  string(6) "client"
}
bool(true)
int(5)
string(5) "HELLO"
