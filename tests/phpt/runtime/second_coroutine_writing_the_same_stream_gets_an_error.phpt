--TEST--
With HOOK_TCP, while one coroutine waits in fwrite() of 16 MiB on a hooked tcp stream (the peer does not read yet), a second coroutine's fwrite() on the same stream throws an Error saying the stream is already being written by another coroutine; the first fwrite() returns its full length once the peer reads, and the peer receives exactly the first writer's bytes, uncorrupted
--EXTENSIONS--
study
--INI--
memory_limit=256M
--FILE--
<?php
const SIZE = 16 * 1024 * 1024;
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
$conn = stream_socket_accept($server, 10);
// The peer reads 1 MiB per system call rather than PHP's default 8 KiB chunks: under valgrind on a loaded machine
// the 2,000 small reads took longer than run-tests' time limit.
stream_set_chunk_size($conn, 1 << 20);
$payload = str_repeat('0123456789abcdef', SIZE / 16);

$first = Sgo(function () use ($client, $payload) {
    echo "first: writes 16 MiB\n";
    $written = fwrite($client, $payload);
    echo "first: fwrite returned ", $written === SIZE ? "the full length" : var_export($written, true), "\n";
    fclose($client);
});
Sco::join([Sgo(function () use ($client) {
    try {
        $written = fwrite($client, "INTRUDER");
        echo "second: fwrite returned ", var_export($written, true), " INSTEAD OF THROWING\n";
    } catch (Error $e) {
        echo "second: fwrite threw an Error, message mentions writing: ",
            preg_match('/\bwrit/i', $e->getMessage()) ? "yes" : "NO: " . $e->getMessage(), "\n";
    }
})]);
$received = '';
while (!feof($conn)) {
    $received .= fread($conn, 1 << 20);
}
echo "peer: received ", strlen($received) === SIZE ? "16 MiB" : strlen($received) . " bytes", ", identical: ", $received === $payload ? "yes" : "NO", "\n";
Sco::join([$first]);
?>
--EXPECT--
first: writes 16 MiB
second: fwrite threw an Error, message mentions writing: yes
first: fwrite returned the full length
peer: received 16 MiB, identical: yes
