--TEST--
With the hooks, a crypto method that is none of PHP's STREAM_CRYPTO_METHOD_* (-1, 65535, both with the client bit: a server-side method would wait for a ClientHello) as an ssl:// context's crypto_method or as stream_socket_enable_crypto()'s third argument fails as PHP's own does; it used to be loaded as a C++ enum value outside the enum's range, undefined behaviour that UBSan stopped the process for (found by the PHP-level fuzzer)
--EXTENSIONS--
study
--FILE--
<?php
function attempt(): array {
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $address = stream_socket_get_name($server, false);
    $results = [];
    foreach ([-1, 65535] as $method) {
        // The server never accepts: every handshake ends at its timeout, with or without the hooks.
        $client = @stream_socket_client("ssl://$address", $errno, $errstr, 0.5, STREAM_CLIENT_CONNECT,
            stream_context_create(['ssl' => ['crypto_method' => $method, 'verify_peer' => false]]));
        $results[] = "ssl:// with crypto_method $method: " . var_export($client !== false, true);
        $plain = stream_socket_client("tcp://$address", $errno, $errstr, 0.5);
        $results[] = "enable_crypto($method): " . var_export(@stream_socket_enable_crypto($plain, true, $method), true);
        fclose($plain);
        while (($accepted = @stream_socket_accept($server, 0)) !== false) {
            fclose($accepted);
        }
    }
    return $results;
}
$php = attempt();
Study\Runtime::enableCoroutine();
Sgo(function () use ($php) {
    $hooked = attempt();
    echo implode("\n", $hooked), "\n";
    echo $hooked === $php ? "the same as PHP's own\n" : "PHP'S OWN:\n" . implode("\n", $php) . "\n";
});
?>
--EXPECT--
ssl:// with crypto_method -1: false
enable_crypto(-1): false
ssl:// with crypto_method 65535: false
enable_crypto(65535): false
the same as PHP's own
