--TEST--
With HOOK_SOCKETS, fclose() of a stream whose socket socket_import_stream() shares wakes a coroutine waiting in
socket_read() on it: the read fails with EBADF (9) at once, as after socket_close(), instead of waiting forever
(epoll forgets a closed file; here SO_RCVTIMEO of 5 s bounds the wait, which ended with EAGAIN (11) before the fix)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
$socket = socket_import_stream($pair[0]);
socket_set_option($socket, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 5, 'usec' => 0]);
$log = [];
$reader = Sgo(function () use ($socket, &$log) {
    $log[] = 'read starts';
    $got = @socket_read($socket, 10);
    $log[] = 'read: ' . var_export($got, true) . ' ' . socket_last_error($socket);
});
$log[] = 'fclose: ' . var_export(fclose($pair[0]), true);
Sco::join([$reader]);
echo implode("\n", $log), "\n";
$again = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0); /* may take the closed descriptor's number */
fwrite($again[1], "x");
var_dump(fread($again[0], 1), fclose($again[0]), fclose($again[1]), fclose($pair[1]));
?>
--EXPECT--
read starts
fclose: true
read: false 9
string(1) "x"
bool(true)
bool(true)
bool(true)
