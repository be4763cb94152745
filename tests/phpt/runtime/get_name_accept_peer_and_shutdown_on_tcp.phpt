--TEST--
With HOOK_TCP, in coroutines: stream_socket_get_name() of the server is 127.0.0.1 and the port the kernel chose; the client's remote name is the server's address; stream_socket_accept()'s $peer_name and the accepted stream's remote name are the client's local name; stream_socket_shutdown(STREAM_SHUT_WR) returns true, makes the peer's waiting fread() return '' and feof() true, while the other direction keeps working
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
[$host, $port] = explode(':', $address);
echo "server: $host, port ", (int) $port > 0 ? "chosen by the kernel" : "NOT chosen", "\n";

$clientName = null;
// The client shuts down only once the server has read the request and waits for more: a value sent through a
// channel, not a sleep, orders the two, however slow the run.
$serverWaits = new Study\Coroutine\Channel(1);
Sgo(function () use ($server, $address, &$clientName, $serverWaits) {
    $conn = stream_socket_accept($server, 10, $peer);
    // The client wrote its request after it knew its own name.
    var_dump(fread($conn, 100));
    echo "server: accepted, peer name is the client's local name: ", $peer === $clientName ? "yes" : "NO ($peer, $clientName)", "\n";
    echo "server: remote name of the accepted stream: ", stream_socket_get_name($conn, true) === $clientName ? "the client's" : "OTHER", "\n";
    echo "server: local name of the accepted stream: ", stream_socket_get_name($conn, false) === $address ? "the server's address" : "OTHER", "\n";
    echo "server: waits for more\n";
    $serverWaits->push(true);
    var_dump(fread($conn, 100), feof($conn));
    fwrite($conn, "reply after shutdown");
    fclose($conn);
});
Sgo(function () use ($address, &$clientName, $serverWaits) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $clientName = stream_socket_get_name($client, false);
    echo "client: remote name is the server's address: ", stream_socket_get_name($client, true) === $address ? "yes" : "NO", "\n";
    fwrite($client, "request");
    $serverWaits->pop();
    echo "client: shuts down writing\n";
    var_dump(stream_socket_shutdown($client, STREAM_SHUT_WR));
    var_dump(fread($client, 100), fread($client, 100), feof($client));
    fclose($client);
});
?>
--EXPECT--
server: 127.0.0.1, port chosen by the kernel
client: remote name is the server's address: yes
string(7) "request"
server: accepted, peer name is the client's local name: yes
server: remote name of the accepted stream: the client's
server: local name of the accepted stream: the server's address
server: waits for more
client: shuts down writing
bool(true)
string(0) ""
bool(true)
string(20) "reply after shutdown"
string(0) ""
bool(true)
