--TEST--
With HOOK_TCP, the socket context options work as in PHP, in a coroutine as with the hooks disabled: so_reuseport lets a second stream_socket_server() listen on the same port (without it PHP's "Address already in use" warning and false), backlog is accepted, bindto makes stream_socket_client() connect from the given local address, and a tcp_nodelay client exchanges data normally
--EXTENSIONS--
study
--FILE--
<?php
function options(string $where): void
{
    echo "-- $where\n";
    $reuse = stream_context_create(['socket' => ['so_reuseport' => true, 'backlog' => 16]]);
    $a = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $reuse);
    $address = stream_socket_get_name($a, false);
    $b = stream_socket_server("tcp://$address", $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $reuse);
    echo "second server with so_reuseport: ", get_debug_type($b), "\n";
    $c = stream_socket_server("tcp://$address", $errno, $errstr);
    echo "third server without it: ", var_export($c, true), ", $errstr\n";
    fclose($b);

    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $local = stream_socket_get_name($probe, false);
    fclose($probe);
    $context = stream_context_create(['socket' => ['bindto' => $local, 'tcp_nodelay' => true]]);
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $context);
    echo "client bound to the bindto address: ", stream_socket_get_name($client, false) === $local ? "yes" : "NO", "\n";
    $conn = stream_socket_accept($a, 10, $peer);
    echo "server sees the bindto address as the peer: ", $peer === $local ? "yes" : "NO", "\n";
    fwrite($client, "nodelay");
    $data = fread($conn, 100);
    echo "server got '$data'\n";
    fclose($client);
    fclose($conn);
    fclose($a);
}
options("hooks disabled");
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
Sco::join([Sgo('options', "coroutine")]);
?>
--EXPECTF--
-- hooks disabled
second server with so_reuseport: resource (stream)

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:%d (Address already in use) in %s on line %d
third server without it: false, Address already in use
client bound to the bindto address: yes
server sees the bindto address as the peer: yes
server got 'nodelay'
-- coroutine
second server with so_reuseport: resource (stream)

Warning: stream_socket_server(): Unable to connect to tcp://127.0.0.1:%d (Address already in use) in %s on line %d
third server without it: false, Address already in use
client bound to the bindto address: yes
server sees the bindto address as the peer: yes
server got 'nodelay'
