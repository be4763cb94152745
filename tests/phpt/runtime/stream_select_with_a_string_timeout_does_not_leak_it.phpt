--TEST--
With HOOK_STREAM_SELECT, stream_select() given its timeouts as numeric strings (coerced by PHP) answers as PHP does and does not leak the strings (it leaked each one: ~80 bytes a call)
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
$peer = stream_socket_accept($server, 10);
fwrite($peer, "x");
$seconds = str_repeat('0', 2);      /* '00': a string of its own, not an interned one */
$microseconds = str_repeat('5', 3); /* '555' */
$read = [$client];
$write = $except = null;
var_dump(stream_select($read, $write, $except, $seconds, $microseconds), count($read));
var_dump($seconds, $microseconds);
$before = 0;
for ($i = 0; $i < 3000; $i++) {
    if ($i === 1000) {
        $before = memory_get_usage();
    }
    $read = [$client];
    stream_select($read, $write, $except, str_repeat('0', 2), str_repeat('5', 3));
}
$growth = memory_get_usage() - $before;
echo $growth < 16384 ? "memory flat\n" : "memory grew by $growth bytes over 2000 calls\n";
?>
--EXPECT--
int(1)
int(1)
string(2) "00"
string(3) "555"
memory flat
