--TEST--
With HOOK_TCP, stream_get_line(), fgets() and stream_get_contents() in a coroutine on a hooked tcp stream wait (suspending only the coroutine) across data that arrives in small pieces 20 ms apart, and return what PHP's return: whole delimited records, whole lines, and everything up to the peer's close
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server) {
    $conn = stream_socket_accept($server, 10);
    foreach (['ab', 'c|d', 'e|fi', "rst li", "ne\nsec", "ond line\n", 'the ', 'rest'] as $piece) {
        Sco::sleep(0.02);
        fwrite($conn, $piece);
    }
    fclose($conn);
});
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    var_dump(stream_get_line($client, 100, '|'));
    var_dump(stream_get_line($client, 100, '|'));
    var_dump(fgets($client));
    var_dump(fgets($client));
    var_dump(stream_get_contents($client));
    var_dump(feof($client));
    fclose($client);
});
echo "main goes on\n";
?>
--EXPECT--
main goes on
string(3) "abc"
string(2) "de"
string(11) "first line
"
string(12) "second line
"
string(8) "the rest"
bool(true)
