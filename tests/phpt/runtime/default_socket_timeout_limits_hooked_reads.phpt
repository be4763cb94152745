--TEST--
With HOOK_TCP and INI default_socket_timeout=1, a coroutine's fread() on a hooked tcp stream without stream_set_timeout() gives up after at least 1 s with nothing read and timed_out true, as PHP's does; a coroutine sleeping 0.3 s wakes meanwhile
--EXTENSIONS--
study
--INI--
default_socket_timeout=1
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
// The sleeper starts before the reader's read, and its sleep is shorter: it wakes first however slow the run.
Sgo(function () {
    Sco::sleep(0.3);
    echo "sleeper: woke\n";
});
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $start = hrtime(true);
    $data = fread($client, 10);
    $ms = (hrtime(true) - $start) / 1e6;
    echo "reader: fread returned ", $data === '' || $data === false ? "nothing" : var_export($data, true),
        " after ", $ms >= 999 ? "at least 1 s" : "ONLY $ms ms", ", timed_out ", var_export(stream_get_meta_data($client)['timed_out'], true), "\n";
    fclose($client);
});
echo "main goes on\n";
?>
--EXPECT--
main goes on
sleeper: woke
reader: fread returned nothing after at least 1 s, timed_out true
