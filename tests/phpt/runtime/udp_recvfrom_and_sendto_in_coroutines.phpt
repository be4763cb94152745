--TEST--
With HOOK_UDP, a udp:// stream_socket_server() bound with STREAM_SERVER_BIND in a coroutine waits in stream_socket_recvfrom() without blocking the process (the main script goes on), gets each client's datagram with the client's address as $address, and answers with stream_socket_sendto() to that address; three client coroutines (stream_socket_client('udp://...'), fwrite() or stream_socket_sendto(), fread()) each get their own answer
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_UDP);
$server = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$address = stream_socket_get_name($server, false);
echo "server: stream type ", stream_get_meta_data($server)['stream_type'], "\n";

$names = [];
Sgo(function () use ($server, &$names) {
    for ($i = 0; $i < 3; $i++) {
        echo "server: waits\n";
        $data = stream_socket_recvfrom($server, 1024, 0, $peer);
        echo "server: got '$data' from ", array_search($peer, $names, true) ?: "UNKNOWN $peer", "\n";
        var_dump(stream_socket_sendto($server, strtoupper($data), 0, $peer));
    }
    fclose($server);
});
echo "main goes on\n";
foreach (['one', 'two', 'three'] as $n => $word) {
    Sco::sleep(0.03);
    Sco::join([Sgo(function () use ($n, $word, $address, &$names) {
        $client = stream_socket_client("udp://$address", $errno, $errstr, 5);
        $names["client $word"] = stream_socket_get_name($client, false);
        $sent = $n % 2 ? stream_socket_sendto($client, $word) : fwrite($client, $word);
        $reply = fread($client, 1024);
        echo "client $word: sent $sent bytes, got '$reply'\n";
        fclose($client);
    })]);
}
?>
--EXPECT--
server: stream type udp_socket
server: waits
main goes on
server: got 'one' from client one
int(3)
server: waits
client one: sent 3 bytes, got 'ONE'
server: got 'two' from client two
int(3)
server: waits
client two: sent 3 bytes, got 'TWO'
server: got 'three' from client three
int(5)
client three: sent 5 bytes, got 'THREE'
