--TEST--
With HOOK_TCP | HOOK_STREAM_SELECT, stream_select() in a coroutine on a hooked tcp stream nothing arrives on, with a timeout of 0.2 s: the main script goes on and another coroutine keeps running meanwhile; after at least 0.2 s it returns 0 and empties the read array
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_STREAM_SELECT);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $read = [$client];
    $write = $except = null;
    echo "selector: waits\n";
    $start = hrtime(true);
    $n = stream_select($read, $write, $except, 0, 200000);
    $ms = (hrtime(true) - $start) / 1e6;
    var_dump($n, $read);
    echo "selector: waited ", $ms >= 199 ? "at least 200 ms" : "ONLY $ms ms", "\n";
    fclose($client);
});
Sgo(function () {
    for ($i = 1; $i <= 2; $i++) {
        Sco::sleep(0.06);
        echo "ticker: tick $i\n";
    }
});
echo "main goes on\n";
?>
--EXPECT--
selector: waits
main goes on
ticker: tick 1
ticker: tick 2
int(0)
array(0) {
}
selector: waited at least 200 ms
