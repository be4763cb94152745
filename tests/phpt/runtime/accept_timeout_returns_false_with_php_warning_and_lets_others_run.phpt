--TEST--
With HOOK_TCP, stream_socket_accept() with a timeout of 0.2 s in a coroutine, when nobody connects: another coroutine keeps running meanwhile, and after at least 0.2 s it returns false with PHP's warning "Accept failed: Connection timed out", as with the hooks disabled; a later connection is accepted with its peer name
--EXTENSIONS--
study
--FILE--
<?php
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
echo "-- hooks disabled\n";
var_dump(stream_socket_accept($server, 0.05));

echo "-- hooks enabled\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$hooked = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$hookedAddress = stream_socket_get_name($hooked, false);
// Its sleep starts before the acceptor's wait and is shorter: it ends first however slow the run.
Sgo(function () {
    Sco::sleep(0.1);
    echo "other: ran while the acceptor waited\n";
});
Sgo(function () use ($hooked, $hookedAddress) {
    $start = hrtime(true);
    $conn = stream_socket_accept($hooked, 0.2);
    $ms = (hrtime(true) - $start) / 1e6;
    var_dump($conn);
    echo "acceptor: waited ", $ms >= 199 ? "at least 200 ms" : "ONLY $ms ms", "\n";
    Sgo(function () use ($hookedAddress) {
        Sco::sleep(0.03);
        $GLOBALS['client'] = stream_socket_client("tcp://$hookedAddress", $errno, $errstr, 5);
    });
    $conn = stream_socket_accept($hooked, 5, $peer);
    echo "acceptor: accepted a ", get_resource_type($conn), " from ", explode(':', $peer)[0], "\n";
});
echo "main goes on\n";
?>
--EXPECTF--
-- hooks disabled

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line %d
bool(false)
-- hooks enabled
main goes on
other: ran while the acceptor waited

Warning: stream_socket_accept(): Accept failed: Connection timed out in %s on line %d
bool(false)
acceptor: waited at least 200 ms
acceptor: accepted a stream from 127.0.0.1
