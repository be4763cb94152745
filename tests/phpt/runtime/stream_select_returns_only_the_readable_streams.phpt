--TEST--
With HOOK_TCP | HOOK_STREAM_SELECT, stream_select() in a coroutine on three hooked tcp streams, of which the peer wrote to the first and the third: it returns 2 and keeps exactly those two in the read array, with their keys; with none readable yet it waits until a writer coroutine writes to the second, then returns 1 with only that one
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_STREAM_SELECT);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server, $address) {
    $clients = $conns = [];
    foreach (['a', 'b', 'c'] as $key) {
        $clients[$key] = stream_socket_client("tcp://$address", $errno, $errstr, 10);
        $conns[$key] = stream_socket_accept($server, 10);
    }
    fwrite($conns['a'], "to a");
    fwrite($conns['c'], "to c");
    Sco::sleep(0.05);
    $read = $clients;
    $write = $except = null;
    var_dump(stream_select($read, $write, $except, 5));
    var_dump(array_keys($read));
    foreach ($read as $key => $stream) {
        var_dump(fread($stream, 100));
    }

    Sgo(function () use ($conns) {
        Sco::sleep(0.05);
        echo "writer: writes to b\n";
        fwrite($conns['b'], "to b");
    });
    $read = $clients;
    echo "selector: waits\n";
    var_dump(stream_select($read, $write, $except, 5));
    var_dump(array_keys($read), fread($read['b'], 100));
});
echo "main goes on\n";
?>
--EXPECT--
main goes on
int(2)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
string(4) "to a"
string(4) "to c"
selector: waits
writer: writes to b
int(1)
array(1) {
  [0]=>
  string(1) "b"
}
string(4) "to b"
