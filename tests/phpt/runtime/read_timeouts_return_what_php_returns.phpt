--TEST--
With HOOK_TCP, reads on a hooked tcp stream that time out (stream_set_timeout() 50 ms, nothing arrives) return exactly what PHP's return, in the main script and in a coroutine, as with the hooks disabled: fread() false, fgets() false, fgetc() false, stream_get_line() false, stream_get_contents() '', each with timed_out true and feof() false; a partial line or partial contents that arrive are returned when the timeout ends
--EXTENSIONS--
study
--FILE--
<?php
function reads(string $where): void
{
    echo "-- $where\n";
    $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
    $client = stream_socket_client('tcp://' . stream_socket_get_name($server, false), $errno, $errstr, 5);
    $conn = stream_socket_accept($server, 5);
    stream_set_timeout($client, 0, 50000);
    $reads = [
        'fread' => fn() => fread($client, 10),
        'fgets' => fn() => fgets($client),
        'fgetc' => fn() => fgetc($client),
        'stream_get_line' => fn() => stream_get_line($client, 10, "\n"),
        'stream_get_contents' => fn() => stream_get_contents($client),
    ];
    foreach ($reads as $name => $read) {
        $result = $read();
        echo "$name: ", var_export($result, true), ", timed_out ", var_export(stream_get_meta_data($client)['timed_out'], true),
            ", feof ", var_export(feof($client), true), "\n";
    }
    fwrite($conn, "partial line");
    echo "fgets: ", var_export(fgets($client), true), ", timed_out ", var_export(stream_get_meta_data($client)['timed_out'], true), "\n";
    fwrite($conn, "partial contents");
    echo "stream_get_contents: ", var_export(stream_get_contents($client), true), ", timed_out ", var_export(stream_get_meta_data($client)['timed_out'], true), "\n";
    fclose($client);
    fclose($conn);
    fclose($server);
}
reads("hooks disabled");
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
reads("main script");
Sco::join([Sgo('reads', "coroutine")]);
?>
--EXPECT--
-- hooks disabled
fread: false, timed_out true, feof false
fgets: false, timed_out true, feof false
fgetc: false, timed_out true, feof false
stream_get_line: false, timed_out true, feof false
stream_get_contents: '', timed_out true, feof false
fgets: 'partial line', timed_out true
stream_get_contents: 'partial contents', timed_out true
-- main script
fread: false, timed_out true, feof false
fgets: false, timed_out true, feof false
fgetc: false, timed_out true, feof false
stream_get_line: false, timed_out true, feof false
stream_get_contents: '', timed_out true, feof false
fgets: 'partial line', timed_out true
stream_get_contents: 'partial contents', timed_out true
-- coroutine
fread: false, timed_out true, feof false
fgets: false, timed_out true, feof false
fgetc: false, timed_out true, feof false
stream_get_line: false, timed_out true, feof false
stream_get_contents: '', timed_out true, feof false
fgets: 'partial line', timed_out true
stream_get_contents: 'partial contents', timed_out true
