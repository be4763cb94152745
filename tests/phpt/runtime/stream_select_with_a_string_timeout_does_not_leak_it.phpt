--TEST--
With HOOK_STREAM_SELECT, stream_select() given its timeouts as numeric strings (coerced by PHP) answers as PHP does and does not leak the strings (run under valgrind to see a leak)
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
?>
--EXPECT--
int(1)
int(1)
string(2) "00"
string(3) "555"
