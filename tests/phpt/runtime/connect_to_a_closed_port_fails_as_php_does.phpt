--TEST--
With HOOK_TCP, stream_socket_client() and fsockopen() to a loopback port nobody listens on return false with PHP's warning "Unable to connect to ... (Connection refused)", $errno 111 and $errstr "Connection refused", in the main script and in a coroutine, exactly as with the hooks disabled
--EXTENSIONS--
study
--FILE--
<?php
// A port that was just free: bound, read back, closed.
$probe = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = (int) explode(':', stream_socket_get_name($probe, false))[1];
fclose($probe);

function connects(string $where, int $port): void
{
    echo "-- $where\n";
    $errno = $errstr = null;
    var_dump(stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5), $errno, $errstr);
    $errno = $errstr = null;
    var_dump(fsockopen('127.0.0.1', $port, $errno, $errstr, 5), $errno, $errstr);
    $errno = $errstr = null;
    var_dump(fsockopen("tcp://127.0.0.1", $port, $errno, $errstr, 5), $errno, $errstr);
}
connects("hooks disabled", $port);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
connects("main script", $port);
Sco::join([Sgo('connects', "coroutine", $port)]);
?>
--EXPECTF--
-- hooks disabled

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"
-- main script

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"
-- coroutine

Warning: stream_socket_client(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to 127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"

Warning: fsockopen(): Unable to connect to tcp://127.0.0.1:%d (Connection refused) in %s on line %d
bool(false)
int(111)
string(18) "Connection refused"
