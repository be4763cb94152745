--TEST--
With HOOK_TCP, one coroutine writes 8 MiB of random bytes (NUL bytes included) to a hooked tcp stream while another coroutine reads the echo from the same stream at the same time (one reader and one writer may wait on a stream together); an echo coroutine on the server side copies with fread()/fwrite() in chunks; the writer's fwrite() returns the full length and the reader gets every byte back in order
--EXTENSIONS--
study
--INI--
memory_limit=256M
--FILE--
<?php
const SIZE = 8 * 1024 * 1024;
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$log = [];
$echoer = Sgo(function () use ($server, &$log) {
    $conn = stream_socket_accept($server, 10);
    $copied = 0;
    while (($chunk = fread($conn, 65536)) !== '' && $chunk !== false) {
        $copied += fwrite($conn, $chunk);
    }
    $log['echo'] = "echo: copied " . ($copied === SIZE ? "8 MiB" : "$copied bytes") . ", feof " . var_export(feof($conn), true);
    fclose($conn);
});
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
stream_set_timeout($client, 60);
$payload = random_bytes(SIZE - 3) . "\0\0\0";
$writer = Sgo(function () use ($client, $payload, &$log) {
    $written = fwrite($client, $payload);
    $log['writer'] = "writer: fwrite returned " . ($written === SIZE ? "the full length" : var_export($written, true));
    stream_socket_shutdown($client, STREAM_SHUT_WR);
});
$reader = Sgo(function () use ($client, $payload, &$log) {
    $echo = '';
    while (strlen($echo) < SIZE && ($chunk = fread($client, 1 << 20)) !== '' && $chunk !== false) {
        $echo .= $chunk;
    }
    $log['reader'] = "reader: got " . (strlen($echo) === SIZE ? "8 MiB" : strlen($echo) . " bytes") . ", identical: " . ($echo === $payload ? "yes" : "NO");
});
Sco::join([$writer, $reader]);
fclose($client);
Sco::join([$echoer]);
echo $log['writer'] ?? 'writer: NOT DONE', "\n", $log['reader'] ?? 'reader: NOT DONE', "\n", $log['echo'] ?? 'echo: NOT DONE', "\n";
?>
--EXPECT--
writer: fwrite returned the full length
reader: got 8 MiB, identical: yes
echo: copied 8 MiB, feof true
