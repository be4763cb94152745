--TEST--
With HOOK_TCP, stream_set_blocking($stream, false) on a hooked tcp stream in a coroutine: fread() returns '' and fgets() false at once when nothing arrived, stream_get_meta_data() says blocked false, data that arrived is returned; back in blocking mode, fread() waits (suspending only the coroutine) until data arrives
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

Sgo(function () use ($server, $address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $conn = stream_socket_accept($server, 10);
    var_dump(stream_set_blocking($client, false), stream_get_meta_data($client)['blocked']);
    var_dump(fread($client, 10), fgets($client));
    fwrite($conn, "abc");
    Sco::sleep(0.05);
    var_dump(fread($client, 10), fread($client, 10));

    var_dump(stream_set_blocking($client, true), stream_get_meta_data($client)['blocked']);
    Sgo(function () use ($conn) {
        Sco::sleep(0.05);
        echo "writer: writes\n";
        fwrite($conn, "def");
    });
    echo "reader: waits\n";
    var_dump(fread($client, 10));
    fclose($client);
    fclose($conn);
});
echo "main goes on\n";
?>
--EXPECT--
bool(true)
bool(false)
string(0) ""
bool(false)
main goes on
string(3) "abc"
string(0) ""
bool(true)
bool(true)
reader: waits
writer: writes
string(3) "def"
