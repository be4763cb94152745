--TEST--
Study\Runtime::enableCoroutine(HOOK_SLEEP) hooks only the sleep family: a coroutine's sleep yields, but a coroutine's fread() on a tcp:// stream_socket_client() stream blocks the whole process until its 100 ms read timeout, as PHP's does (it ends before the main script goes on and before the sleeping coroutine wakes)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

var_dump(Runtime::enableCoroutine(Runtime::HOOK_SLEEP));
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

Sgo(function () {
    usleep(30000);
    echo "sleeper: woke after 30 ms\n";
});
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 5);
    stream_set_timeout($client, 0, 100000);
    $start = hrtime(true);
    $data = fread($client, 10);
    echo "reader: fread returned ", $data === '' || $data === false ? "nothing" : var_export($data, true), " after ", (hrtime(true) - $start) >= 90e6 ? "at least 90 ms" : "LESS", ", timed out: ", var_export(stream_get_meta_data($client)['timed_out'], true), "\n";
    fclose($client);
});
echo "main goes on\n";
?>
--EXPECT--
bool(true)
reader: fread returned nothing after at least 90 ms, timed out: true
main goes on
sleeper: woke after 30 ms
