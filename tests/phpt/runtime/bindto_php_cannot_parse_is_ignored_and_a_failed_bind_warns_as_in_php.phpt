--TEST--
With HOOK_TCP, a `bindto` socket context option PHP cannot parse ('0', Symfony HttpClient's default) is ignored and the connect succeeds, as in PHP; a bindto that cannot be bound or is no IP address warns as PHP does and the connect goes on; a bindto that is not a string fails as in PHP
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
foreach (['0', 'nonsense', '127.0.0.1:0', '0:0', '192.0.2.1:0', 'localhost:0', 5] as $bindto) {
    $context = stream_context_create(['socket' => ['bindto' => $bindto]]);
    $client = @stream_socket_client("tcp://$address", $errno, $errstr, 10, STREAM_CLIENT_CONNECT, $context);
    $error = error_get_last();
    error_clear_last();
    echo var_export($bindto, true), ': ', $client ? 'connected' : "failed: $errstr";
    echo $error ? ' | ' . $error['message'] : '', "\n";
    if ($client) {
        fclose(stream_socket_accept($server, 10));
        fclose($client);
    }
}
?>
--EXPECTF--
'0': connected
'nonsense': connected
'127.0.0.1:0': connected
'0:0': connected
'192.0.2.1:0': connected | stream_socket_client(): Failed to bind to '192.0.2.1:0', system said: Cannot assign requested address
'localhost:0': connected | stream_socket_client(): Invalid IP Address: localhost
5: failed: local_addr context option is not a string. | stream_socket_client(): Unable to connect to tcp://127.0.0.1:%d (local_addr context option is not a string.)
