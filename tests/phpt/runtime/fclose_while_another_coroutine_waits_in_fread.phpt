--TEST--
With HOOK_TCP, fclose() of a hooked tcp stream while another coroutine waits in fread() or fgets() on it: fclose() returns true and the closing coroutine goes on, the waiting read ends with false or '' (no crash, no hang), and the peer sees the connection closed
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

foreach (['fread' => fn($s) => fread($s, 100), 'fgets' => fn($s) => fgets($s)] as $name => $read) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $conn = stream_socket_accept($server, 10);
    $result = 'not returned';
    $reader = Sgo(function () use ($client, $read, &$result) {
        $result = $read($client);
    });
    Sco::join([Sgo(function () use ($client, $name) {
        Sco::sleep(0.03);
        echo "closer: fclose while $name waits: ", var_export(fclose($client), true), "\n";
        echo "closer: goes on\n";
    })]);
    unset($client);
    var_dump(Sco::join([$reader], 5));
    echo "reader: $name ended with ", $result === false || $result === '' ? "false or ''" : var_export($result, true), "\n";
    $peer = fread($conn, 100);
    echo "peer: fread ", var_export($peer, true), ", feof ", var_export(feof($conn), true), "\n";
    fclose($conn);
}
?>
--EXPECT--
closer: fclose while fread waits: true
closer: goes on
bool(true)
reader: fread ended with false or ''
peer: fread '', feof true
closer: fclose while fgets waits: true
closer: goes on
bool(true)
reader: fgets ended with false or ''
peer: fread '', feof true
