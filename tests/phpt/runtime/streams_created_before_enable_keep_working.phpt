--TEST--
tcp, udp and unix streams created with the hooks disabled keep working after Study\Runtime::enableCoroutine() and after a later disableCoroutine(): their fwrite(), fread(), fgets(), stream_socket_accept(), stream_socket_get_name(), feof() and fclose() behave as before, in the main script and in a coroutine
--EXTENSIONS--
study
--FILE--
<?php
$path = sys_get_temp_dir() . '/study-hook-before-' . getmypid() . '-' . bin2hex(random_bytes(4)) . '.sock';
$tcpServer = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$tcpAddress = stream_socket_get_name($tcpServer, false);
$tcpClient = stream_socket_client("tcp://$tcpAddress", $errno, $errstr, 5);
$tcpConn = stream_socket_accept($tcpServer, 5);
$udpServer = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
$udpClient = stream_socket_client('udp://' . stream_socket_get_name($udpServer, false), $errno, $errstr, 5);
$unixServer = stream_socket_server("unix://$path", $errno, $errstr);
$unixClient = stream_socket_client("unix://$path", $errno, $errstr, 5);
$unixConn = stream_socket_accept($unixServer, 5);

function exchange(string $where): void
{
    global $tcpServer, $tcpAddress, $tcpClient, $tcpConn, $udpServer, $udpClient, $unixClient, $unixConn;
    fwrite($tcpClient, "tcp $where\n");
    $tcp = fgets($tcpConn);
    fwrite($tcpConn, strtoupper($tcp));
    $tcpBack = fgets($tcpClient);
    fwrite($udpClient, "udp $where");
    $udp = stream_socket_recvfrom($udpServer, 1024, 0, $peer);
    stream_socket_sendto($udpServer, strtoupper($udp), 0, $peer);
    $udpBack = fread($udpClient, 1024);
    fwrite($unixClient, "unix $where");
    $unix = fread($unixConn, 1024);
    fwrite($unixConn, strtoupper($unix));
    $unixBack = fread($unixClient, 1024);
    echo "$where: ", trim($tcpBack), " / $udpBack / $unixBack, tcp name ", stream_socket_get_name($tcpClient, true) === $tcpAddress ? "ok" : "WRONG", "\n";
    // A new connection to the listening socket made before the hooks.
    $extra = stream_socket_client("tcp://$tcpAddress", $errno, $errstr, 5);
    $accepted = stream_socket_accept($tcpServer, 5);
    fclose($extra);
    echo "$where: accepted a new connection, its peer closed: ", var_export(fread($accepted, 10), true), ", feof ", var_export(feof($accepted), true), "\n";
    fclose($accepted);
}
exchange("hooks disabled");
var_dump(Study\Runtime::enableCoroutine());
exchange("main script");
Sco::join([Sgo('exchange', "coroutine")]);
var_dump(Study\Runtime::disableCoroutine());
exchange("disabled again");
foreach ([$tcpClient, $tcpConn, $tcpServer, $udpClient, $udpServer, $unixClient, $unixConn, $unixServer] as $stream) {
    fclose($stream);
}
unlink($path);
?>
--EXPECT--
hooks disabled: TCP HOOKS DISABLED / UDP HOOKS DISABLED / UNIX HOOKS DISABLED, tcp name ok
hooks disabled: accepted a new connection, its peer closed: '', feof true
bool(true)
main script: TCP MAIN SCRIPT / UDP MAIN SCRIPT / UNIX MAIN SCRIPT, tcp name ok
main script: accepted a new connection, its peer closed: '', feof true
coroutine: TCP COROUTINE / UDP COROUTINE / UNIX COROUTINE, tcp name ok
coroutine: accepted a new connection, its peer closed: '', feof true
bool(true)
disabled again: TCP DISABLED AGAIN / UDP DISABLED AGAIN / UNIX DISABLED AGAIN, tcp name ok
disabled again: accepted a new connection, its peer closed: '', feof true
