--TEST--
Study\Runtime::enableCoroutine(HOOK_TCP) hooks only tcp:// streams: a coroutine's fread() on a tcp stream suspends only that coroutine (the main script goes on first), but usleep() in a coroutine blocks the whole process as PHP's does
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

var_dump(Runtime::enableCoroutine(Runtime::HOOK_TCP));
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 5);
    stream_set_timeout($client, 0, 100000);
    echo "reader: waits in fread\n";
    $data = fread($client, 10);
    echo "reader: fread returned ", $data === '' || $data === false ? "nothing" : var_export($data, true), ", timed out: ", var_export(stream_get_meta_data($client)['timed_out'], true), "\n";
    fclose($client);
});
echo "main goes on\n";
Sgo(function () {
    usleep(30000);
    echo "sleeper: woke after 30 ms, blocking\n";
});
echo "main goes on after the sleeper\n";
?>
--EXPECT--
bool(true)
reader: waits in fread
main goes on
sleeper: woke after 30 ms, blocking
main goes on after the sleeper
reader: fread returned nothing, timed out: true
