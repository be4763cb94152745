--TEST--
Study\Runtime::enableCoroutine() with a single transport flag hooks only that transport: a coroutine's fread() with a 50 ms timeout on a stream created after the call suspends only the coroutine (Sgo() returns while it waits) for that flag's transport, and blocks the process as PHP's does (Sgo() returns after the read timed out) for the other three of tcp, udp, unix and udg
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

$dir = sys_get_temp_dir() . '/study-hook-flags-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir($dir);

// Returns a stream to read from, on which nothing arrives; keeps its peers in $keep.
function reader(string $transport, string $dir, array &$keep)
{
    static $n = 0;
    $n++;
    switch ($transport) {
        case 'tcp':
            $keep[] = $server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
            return stream_socket_client('tcp://' . stream_socket_get_name($server, false), $errno, $errstr, 5);
        case 'udp':
            $keep[] = $server = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);
            return stream_socket_client('udp://' . stream_socket_get_name($server, false), $errno, $errstr, 5);
        case 'unix':
            $path = "$dir/u$n.sock";
            $keep[] = stream_socket_server("unix://$path", $errno, $errstr);
            return stream_socket_client("unix://$path", $errno, $errstr, 5);
        case 'udg':
            return stream_socket_server("udg://$dir/d$n.sock", $errno, $errstr, STREAM_SERVER_BIND);
    }
}

$flags = ['HOOK_TCP' => Runtime::HOOK_TCP, 'HOOK_UDP' => Runtime::HOOK_UDP, 'HOOK_UNIX' => Runtime::HOOK_UNIX, 'HOOK_UDG' => Runtime::HOOK_UDG];
foreach ($flags as $flagName => $flag) {
    Runtime::enableCoroutine($flag);
    $row = [];
    foreach (['tcp', 'udp', 'unix', 'udg'] as $transport) {
        $keep = [];
        $stream = reader($transport, $dir, $keep);
        stream_set_timeout($stream, 0, 50000);
        $done = false;
        $cid = Sgo(function () use ($stream, &$done) {
            fread($stream, 100);
            $done = true;
        });
        $row[] = "$transport " . ($done ? "blocks" : "suspends");
        Sco::join([$cid]);
        fclose($stream);
        foreach ($keep as $peer) {
            fclose($peer);
        }
    }
    echo str_pad($flagName, 10), implode(', ', $row), "\n";
}
Runtime::disableCoroutine();
array_map('unlink', glob("$dir/*.sock"));
rmdir($dir);
?>
--EXPECT--
HOOK_TCP  tcp suspends, udp blocks, unix blocks, udg blocks
HOOK_UDP  tcp blocks, udp suspends, unix blocks, udg blocks
HOOK_UNIX tcp blocks, udp blocks, unix suspends, udg blocks
HOOK_UDG  tcp blocks, udp blocks, unix blocks, udg suspends
