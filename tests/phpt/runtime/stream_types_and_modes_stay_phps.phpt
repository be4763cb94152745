--TEST--
With HOOK_ALL, stream_get_meta_data() of tcp, udp, unix and udg servers, clients and accepted streams reports the same stream_type, mode, blocked and seekable as PHP's own streams (hooks disabled): tcp_socket (tcp_socket/ssl where OpenSSL provides tcp://), udp_socket, unix_socket, udg_socket
--EXTENSIONS--
study
--FILE--
<?php
function types(): array
{
    $dir = sys_get_temp_dir() . '/study-hook-types-' . getmypid() . '-' . bin2hex(random_bytes(4));
    mkdir($dir);
    $streams = [];
    $streams['tcp server'] = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
    $address = stream_socket_get_name($streams['tcp server'], false);
    $streams['tcp client'] = stream_socket_client("tcp://$address", $errno, $errstr, 5);
    $streams['tcp accepted'] = stream_socket_accept($streams['tcp server'], 5);
    $streams['fsockopen'] = fsockopen('127.0.0.1', (int) explode(':', $address)[1], $errno, $errstr, 5);
    $streams['udp server'] = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
    $streams['udp client'] = stream_socket_client('udp://' . stream_socket_get_name($streams['udp server'], false), $errno, $errstr, 5);
    $streams['unix server'] = stream_socket_server("unix://$dir/u.sock", $errno, $errstr);
    $streams['unix client'] = stream_socket_client("unix://$dir/u.sock", $errno, $errstr, 5);
    $streams['unix accepted'] = stream_socket_accept($streams['unix server'], 5);
    $streams['udg server'] = stream_socket_server("udg://$dir/d.sock", $errno, $errstr, STREAM_SERVER_BIND);
    $streams['udg client'] = stream_socket_client("udg://$dir/d.sock", $errno, $errstr, 5);
    $types = [];
    foreach ($streams as $name => $stream) {
        $meta = stream_get_meta_data($stream);
        $types[$name] = "$meta[stream_type], mode $meta[mode], blocked " . var_export($meta['blocked'], true) . ", seekable " . var_export($meta['seekable'], true);
        fclose($stream);
    }
    unlink("$dir/u.sock");
    unlink("$dir/d.sock");
    rmdir($dir);
    return $types;
}
$php = types();
Study\Runtime::enableCoroutine();
$main = types();
$coroutine = null;
Sco::join([Sgo(function () use (&$coroutine) { $coroutine = types(); })]);
// OpenSSL, when built in, provides tcp:// and names its streams tcp_socket/ssl: the hooks must keep whichever name
// PHP gives. Only the expectation below shows the plain name.
foreach ($php as $name => $type) {
    echo str_pad($name, 14), str_replace('tcp_socket/ssl', 'tcp_socket', $type),
        $main[$name] === $type && $coroutine[$name] === $type ? ""
            : " DIFFERS: PHP's is '$type', hooked in the main script '$main[$name]', in a coroutine '$coroutine[$name]'", "\n";
}
?>
--EXPECT--
tcp server    tcp_socket, mode r+, blocked true, seekable false
tcp client    tcp_socket, mode r+, blocked true, seekable false
tcp accepted  tcp_socket, mode r+, blocked true, seekable false
fsockopen     tcp_socket, mode r+, blocked true, seekable false
udp server    udp_socket, mode r+, blocked true, seekable false
udp client    udp_socket, mode r+, blocked true, seekable false
unix server   unix_socket, mode r+, blocked true, seekable false
unix client   unix_socket, mode r+, blocked true, seekable false
unix accepted unix_socket, mode r+, blocked true, seekable false
udg server    udg_socket, mode r+, blocked true, seekable false
udg client    udg_socket, mode r+, blocked true, seekable false
