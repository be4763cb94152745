--TEST--
Regression: a coroutine waiting in hooked stream_select() while the main script called
Study\Runtime::disableCoroutine() called PHP's stream_select() through a handler pointer the disable had cleared, and
crashed when it resumed; it returns the ready stream now
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0');
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
$peer = stream_socket_accept($server);
Sgo(function () use ($client) {
    $read = [$client];
    $write = $except = [];
    echo "selector: waits\n";
    var_dump(stream_select($read, $write, $except, 5));
    var_dump(count($read), fread($client, 10));
});
var_dump(Study\Runtime::disableCoroutine(), Study\Runtime::getHookFlags());
Sco::sleep(0.05);
fwrite($peer, "ready");
?>
--EXPECT--
selector: waits
bool(true)
int(0)
int(1)
int(1)
string(5) "ready"
