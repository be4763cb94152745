--TEST--
With the hooks, a TLS client whose peer reads the ClientHello and closes fails as PHP's own does ("Failed to enable
crypto", false), also when the peer's end arrives right after a handshake step that would block: the hook ran the
step, then looked whether the peer was gone, and took an end that came between the two for the end the step had met
(PHP's 0 at the end of the stream): ssl:// "connected" to a closed peer now and then (seen under valgrind). The
client runs under strace, which holds its only recvfrom() (that look) for 3 s; the peer closes once the client is
held there or waits in epoll_wait(), so the end comes between the two, every time
--EXTENSIONS--
study
openssl
--SKIPIF--
<?php
exec('strace -qq -o /dev/null --seccomp-bpf -f -e trace=recvfrom true 2>&1', $output, $status);
if ($status !== 0) {
    die('skip strace is missing or may not trace here: ' . implode(' ', $output));
}
?>
--FILE--
<?php
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$client = <<<'CLIENT'
Study\Runtime::enableCoroutine();
Sgo(function () use ($argv) {
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $log = [];
    set_error_handler(function ($type, $message) use (&$log) {
        $log[] = $message;
        return true;
    });
    $conn = stream_socket_client("ssl://$argv[1]", $errno, $errstr, 60, STREAM_CLIENT_CONNECT, $context);
    restore_error_handler();
    echo str_replace($argv[1], 'ADDRESS', implode("\n", $log)), "\n", $conn === false ? 'false' : 'CONNECTED', "\n";
});
CLIENT;
// The client loads the extension this test runs with. Only recvfrom() stops it (seccomp), for 3 s before it enters.
preg_match('/extension=([^\0]*study[^\0]*\.so)/', file_get_contents('/proc/self/cmdline'), $m);
$strace = ['strace', '-qq', '-o', '/dev/null', '--seccomp-bpf', '-f', '-e', 'trace=recvfrom', '-e',
    'inject=recvfrom:delay_enter=3000000'];
$process = proc_open([...$strace, PHP_BINARY, '-n', '-d', 'extension=' . $m[1], '-r', $client, $address,
    'not-traced-by-valgrind'], [1 => ['pipe', 'w']], $pipes);
$conn = stream_socket_accept($server, 60);
$hello = fread($conn, 65536);
echo "peer: read a ClientHello: ", $hello !== false && strlen($hello) > 0 && $hello[0] === "\x16" ? 'yes' : 'no', "\n";
// The client is strace's child. Its handshake step has sent the ClientHello; the peer closes once the client is held
// in recvfrom() (state t) or waits for the answer in epoll_wait() (wchan do_epoll_wait, or ep_poll on some kernels),
// whichever comes.
$tracer = proc_get_status($process)['pid'];
$deadline = microtime(true) + 60;
while (($children = trim((string)@file_get_contents("/proc/$tracer/task/$tracer/children"))) === '' &&
    microtime(true) < $deadline) {
    usleep(1000);
}
$pid = (int)$children;
$seen = 'NEITHER IN A MINUTE';
while (microtime(true) < $deadline) {
    $stat = @file_get_contents("/proc/$pid/stat");
    if ($stat === false) {
        $seen = 'GONE';
        break;
    }
    if (explode(' ', substr($stat, strrpos($stat, ')') + 2))[0] === 't' ||
        preg_match('/epoll|ep_poll/', (string)@file_get_contents("/proc/$pid/wchan"))) {
        $seen = 'held or waiting';
        break;
    }
    usleep(1000);
}
echo "peer: the client is $seen; closing\n";
fclose($conn);
echo stream_get_contents($pipes[1]);
var_dump(proc_close($process));
?>
--EXPECT--
peer: read a ClientHello: yes
peer: the client is held or waiting; closing
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false
int(0)
