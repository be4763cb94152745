--TEST--
With HOOK_SOCKETS, socket_sendmsg() of 1 MiB in two iovec parts on a stream socket whose buffer takes far less waits
as a coroutine while another coroutine reads, and sends the whole message (the count a blocking sendmsg() returns);
the reader gets every byte in order
--EXTENSIONS--
study
sockets
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SOCKETS);
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$data = [str_repeat('abcdefgh', 64 * 1024), str_repeat('12345678', 64 * 1024)];
$received = '';
$reader = Sgo(function () use ($pair, &$received) {
    while (strlen($received) < 1 << 20) {
        $chunk = socket_read($pair[1], 65536);
        if ($chunk === false || $chunk === '') {
            break;
        }
        $received .= $chunk;
    }
});
var_dump(socket_sendmsg($pair[0], ['iov' => $data], 0));
Sco::join([$reader]);
var_dump(strlen($received), $received === implode('', $data));
?>
--EXPECT--
int(1048576)
int(1048576)
bool(true)
