--TEST--
With HOOK_TCP, stream_set_timeout() limits a coroutine's wait in fread() and fgets() on a tcp stream: after at least the timeout fread() and fgets() return nothing (fgets() false) and stream_get_meta_data()['timed_out'] is true, while another coroutine keeps running meanwhile; data that arrives later is read normally and timed_out is false again
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$conn = null;
Sgo(function () use ($server, &$conn) { $conn = stream_socket_accept($server, 10); });

$ticks = 0;
$done = false;
// Sleeps far shorter than the read timeout, again and again. Started before the reader, so one of its sleeps,
// started before the wait, is under way when the wait starts: it runs while the reader waits, however slow the run.
Sgo(function () use (&$ticks, &$done) {
    while (!$done) {
        Sco::sleep(0.02);
        $ticks++;
    }
});
$reader = Sgo(function () use ($address, &$conn, &$ticks, &$done) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    var_dump(stream_set_timeout($client, 0, 200000));
    foreach (['fread' => fn() => fread($client, 10), 'fgets' => fn() => fgets($client)] as $name => $read) {
        $ticksBefore = $ticks;
        $start = hrtime(true);
        $data = $read();
        $ms = (hrtime(true) - $start) / 1e6;
        echo "reader: $name returned ", $data === '' || $data === false ? "nothing" : var_export($data, true),
            $name === 'fgets' ? " (" . var_export($data, true) . ")" : "",
            " after ", $ms >= 199 ? "at least 200 ms" : "ONLY $ms ms",
            ", timed_out ", var_export(stream_get_meta_data($client)['timed_out'], true),
            ", the ticker ran meanwhile: ", $ticks > $ticksBefore ? "yes" : "NO", "\n";
    }
    fwrite($conn, "late line\n");
    var_dump(fgets($client), stream_get_meta_data($client)['timed_out']);
    fclose($client);
    $done = true;
});
echo "main goes on\n";
?>
--EXPECT--
bool(true)
main goes on
reader: fread returned nothing after at least 200 ms, timed_out true, the ticker ran meanwhile: yes
reader: fgets returned nothing (false) after at least 200 ms, timed_out true, the ticker ran meanwhile: yes
string(10) "late line
"
bool(false)
