--TEST--
With HOOK_UDG, a udg:// stream_socket_server() bound with STREAM_SERVER_BIND on a fresh temporary path waits in stream_socket_recvfrom() in a coroutine without blocking the process (the main script goes on, and a client coroutine sends meanwhile with fwrite() and stream_socket_sendto()); each datagram arrives whole and in order; stream types stay udg_socket
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_UDG);
$path = sys_get_temp_dir() . '/study-hook-udg-' . getmypid() . '-' . bin2hex(random_bytes(4)) . '.sock';
$server = stream_socket_server("udg://$path", $errno, $errstr, STREAM_SERVER_BIND);
echo "server: name is the path: ", stream_socket_get_name($server, false) === $path ? "yes" : "NO", ", type ", stream_get_meta_data($server)['stream_type'], "\n";

$receiver = Sgo(function () use ($server) {
    for ($i = 0; $i < 3; $i++) {
        echo "server: waits\n";
        $data = stream_socket_recvfrom($server, 4096);
        echo "server: got '", strlen($data) > 100 ? strlen($data) . " bytes" . (trim($data, 'x') === '' ? ", all x" : ", NOT all x") : $data, "'\n";
    }
    fclose($server);
});
echo "main goes on\n";
$sender = Sgo(function () use ($path) {
    $client = stream_socket_client("udg://$path", $errno, $errstr, 5);
    echo "client: type ", stream_get_meta_data($client)['stream_type'], "\n";
    foreach (['first datagram', 'second', str_repeat('x', 2000)] as $i => $message) {
        Sco::sleep(0.03);
        $sent = $i % 2 ? stream_socket_sendto($client, $message) : fwrite($client, $message);
        echo "client: sent $sent bytes\n";
    }
    fclose($client);
});
Sco::join([$receiver, $sender]);
unlink($path);
?>
--EXPECT--
server: name is the path: yes, type udg_socket
server: waits
main goes on
client: type udg_socket
client: sent 14 bytes
server: got 'first datagram'
server: waits
client: sent 6 bytes
server: got 'second'
server: waits
client: sent 2000 bytes
server: got '2000 bytes, all x'
