--TEST--
With HOOK_TCP, a hooked tcp stream given to a child process by proc_open() is a blocking descriptor there, as PHP's own (it was non-blocking: the child's read failed at once and it got nothing); after that, a read on the stream still suspends only its coroutine
--EXTENSIONS--
study
--SKIPIF--
<?php if (!function_exists('proc_open') || !is_executable('/bin/sh')) die('skip needs proc_open and /bin/sh'); ?>
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false), $errno, $errstr, 10);
$peer = stream_socket_accept($server, 10);

$child = proc_open(['/bin/sh', '-c', 'echo ready; read line; echo "child read [$line]"'],
                   [0 => $client, 1 => ['pipe', 'w']], $pipes);
echo fgets($pipes[1]);
usleep(200000); /* lets the child reach its read first (the failure needed that; a pass does not) */
fwrite($peer, "hello\n");
echo stream_get_contents($pipes[1]);
var_dump(proc_close($child));

$reader = Sgo(function () use ($client) {
    $data = fread($client, 100);
    echo "reader: got ", var_export($data, true), "\n";
});
echo "main: runs while the reader waits\n";
fwrite($peer, "later");
var_dump(Sco::join([$reader], 10));
?>
--EXPECT--
ready
child read [hello]
int(0)
main: runs while the reader waits
reader: got 'later'
bool(true)
