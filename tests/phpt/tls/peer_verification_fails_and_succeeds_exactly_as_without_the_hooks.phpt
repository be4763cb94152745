--TEST--
With the hooks, peer verification on ssl:// and https:// is PHP's own: an untrusted certificate, a wrong host name (peer_name) and an expired certificate fail with the same warnings and return values as without the hooks (the same code runs first in the main script without the hooks, then in a coroutine with them, and the outputs are compared), and with the right cafile the connection succeeds
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$good = tls_certificate('good');
$expired = tls_certificate('expired', '127.0.0.1', 0); /* valid until the second it was made */
$made = time();
$goodServer = tls_server('https', $good);
$expiredServer = tls_server('https', $expired);

while (time() <= $made + 1) { /* a whole second past its end, whatever the clock's rounding */
    usleep(100000);
}
$cases = [
    'untrusted' => [$goodServer[0], ['verify_peer' => true]],
    'wrong host name' => [$goodServer[0], ['cafile' => $good, 'peer_name' => 'wrong.example']],
    'expired' => [$expiredServer[0], ['cafile' => $expired]],
    'right cafile' => [$goodServer[0], ['cafile' => $good]],
];

function attempt(string $address, array $options, string $how): string
{
    $log = [];
    set_error_handler(function ($type, $message) use (&$log, $address) {
        $log[] = str_replace($address, 'ADDRESS', $message);
        return true;
    });
    $context = stream_context_create(['ssl' => $options]);
    if ($how === 'ssl://') {
        $conn = stream_socket_client("ssl://$address", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
        $result = $conn === false ? "false ($errno, '$errstr')" : 'connected';
        if ($conn) {
            fwrite($conn, "GET /verify HTTP/1.0\r\n\r\n");
            $answer = stream_get_contents($conn);
            $result .= ', ' . preg_replace('/arrived=\d+ /', '', substr($answer, strpos($answer, "\r\n\r\n") + 4));
        }
    } else {
        $body = file_get_contents("https://$address/verify", false, $context);
        $result = $body === false ? 'false' : preg_replace('/arrived=\d+ /', '', $body);
    }
    restore_error_handler();
    return implode("\n", array_merge($log, [$result]));
}

$withoutHooks = [];
foreach ($cases as $name => [$address, $options]) {
    foreach (['ssl://', 'https://'] as $how) {
        $withoutHooks["$name, $how"] = attempt($address, $options, $how);
    }
}
Study\Runtime::enableCoroutine();
$withHooks = [];
Sco::join([Sgo(function () use ($cases, &$withHooks) {
    foreach ($cases as $name => [$address, $options]) {
        foreach (['ssl://', 'https://'] as $how) {
            $withHooks["$name, $how"] = attempt($address, $options, $how);
        }
    }
})]);
Study\Runtime::disableCoroutine();
foreach ($withoutHooks as $case => $output) {
    echo "== $case\n$output\n", $withHooks[$case] === $output ? "(the same with the hooks)\n" : "WITH THE HOOKS:\n{$withHooks[$case]}\n";
}
tls_server_stop($goodServer);
tls_server_stop($expiredServer);
?>
--EXPECTF--
== untrusted, ssl://
stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:certificate verify failed
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false (0, '')
(the same with the hooks)
== untrusted, https://
file_get_contents(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:certificate verify failed
file_get_contents(): Failed to enable crypto
file_get_contents(https://ADDRESS/verify): Failed to open stream: operation failed
false
(the same with the hooks)
== wrong host name, ssl://
stream_socket_client(): Peer certificate CN=`127.0.0.1' did not match expected CN=`wrong.example'
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false (0, '')
(the same with the hooks)
== wrong host name, https://
file_get_contents(): Peer certificate CN=`127.0.0.1' did not match expected CN=`wrong.example'
file_get_contents(): Failed to enable crypto
file_get_contents(https://ADDRESS/verify): Failed to open stream: operation failed
false
(the same with the hooks)
== expired, ssl://
stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:certificate verify failed
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false (0, '')
(the same with the hooks)
== expired, https://
file_get_contents(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s:certificate verify failed
file_get_contents(): Failed to enable crypto
file_get_contents(https://ADDRESS/verify): Failed to open stream: operation failed
false
(the same with the hooks)
== right cafile, ssl://
connected, path=/verify
(the same with the hooks)
== right cafile, https://
path=/verify
(the same with the hooks)
