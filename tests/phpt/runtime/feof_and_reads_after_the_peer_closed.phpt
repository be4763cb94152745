--TEST--
With HOOK_TCP, in coroutines: feof() is false on an open tcp connection with nothing to read (and does not wait), a waiting fread() gets what the peer wrote before closing, then fread() returns '', fgets() false and feof() is true; fwrite() to a connection the peer closed ends with false (a notice at most), never a crash
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

Sgo(function () use ($server) {
    $conn = stream_socket_accept($server, 10);
    Sco::sleep(0.05);
    fwrite($conn, "last words");
    echo "server: closes\n";
    fclose($conn);
});
Sgo(function () use ($address) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    var_dump(feof($client));
    echo "client: waits in fread\n";
    var_dump(fread($client, 100));
    var_dump(fread($client, 100), fgets($client), feof($client));
    Sco::sleep(0.05);
    $results = [];
    for ($i = 0; $i < 3; $i++) {
        $results[] = @fwrite($client, "anyone?");
        Sco::sleep(0.02);
    }
    echo "client: fwrite to the closed peer failed: ", in_array(false, $results, true) ? "yes" : "NO " . json_encode($results), "\n";
    var_dump(fclose($client));
});
?>
--EXPECT--
bool(false)
client: waits in fread
server: closes
string(10) "last words"
string(0) ""
bool(false)
bool(true)
client: fwrite to the closed peer failed: yes
bool(true)
