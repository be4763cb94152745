--TEST--
With the hooks, a TLS client facing a peer that answers the handshake with plain text, one that closes in the middle of the handshake, and one that never answers fails as PHP's own does (the same warnings and return values; the same code runs first without the hooks): never a hang or crash; the silent peer fails with "SSL: Handshake timed out" not before the 1 s connect timeout, while another coroutine keeps running (the garbage and hangup peers get a minute's timeout, which their failure must not wait for)
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$cert = tls_certificate('server');
$servers = ['garbage' => tls_server('garbage', $cert), 'hangup' => tls_server('hangup', $cert), 'silent' => tls_server('silent', $cert)];
$timeouts = ['garbage' => 60, 'hangup' => 60, 'silent' => 1];

// The connect (and handshake) timeout is 1 s for the silent peer, whose failure is that timeout, and a minute for
// the others: their failure comes from the peer, and a loaded machine (valgrind) must not turn it into a timeout.
function attempt(string $address, string $how, float $timeout): string
{
    $log = [];
    set_error_handler(function ($type, $message) use (&$log, $address) {
        $log[] = str_replace($address, 'ADDRESS', $message);
        return true;
    });
    $context = stream_context_create(['ssl' => ['verify_peer' => false], 'http' => ['timeout' => $timeout]]);
    $start = microtime(true);
    if ($how === 'ssl://') {
        $conn = stream_socket_client("ssl://$address", $errno, $errstr, $timeout, STREAM_CLIENT_CONNECT, $context);
        $result = $conn === false ? 'false' : 'connected';
    } else {
        $result = var_export(file_get_contents("https://$address/", false, $context), true);
    }
    $elapsed = microtime(true) - $start;
    restore_error_handler();
    $log[] = $result;
    if (str_contains(implode($log), 'timed out')) {
        $log[] = $elapsed >= $timeout - 0.01 ? 'not before the timeout' : "EARLY: after $elapsed s";
    }
    return implode("\n", $log);
}

$without = [];
foreach ($servers as $name => $server) {
    foreach (['ssl://', 'https://'] as $how) {
        $without["$name, $how"] = attempt($server[0], $how, $timeouts[$name]);
    }
}
Study\Runtime::enableCoroutine();
$with = [];
$ticks = 0;
$ticksDuringSilence = null;
$ticker = Sgo(function () use (&$ticks) {
    while ($ticks >= 0) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sco::join([Sgo(function () use ($servers, $timeouts, &$with, &$ticks, &$ticksDuringSilence) {
    foreach ($servers as $name => $server) {
        foreach (['ssl://', 'https://'] as $how) {
            $before = $ticks;
            $with["$name, $how"] = attempt($server[0], $how, $timeouts[$name]);
            if ($name === 'silent' && $how === 'ssl://') {
                $ticksDuringSilence = $ticks - $before;
            }
        }
    }
})]);
$ticks = -1;
Sco::join([$ticker]);
Study\Runtime::disableCoroutine();
foreach ($without as $case => $output) {
    echo "== $case\n$output\n", $with[$case] === $output ? "(the same with the hooks)\n" : "WITH THE HOOKS:\n{$with[$case]}\n";
}
echo "another coroutine ran while the handshake waited: ", var_export($ticksDuringSilence > 0, true), "\n";
foreach ($servers as $server) {
    tls_server_stop($server);
}
?>
--EXPECTF--
== garbage, ssl://
stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false
(the same with the hooks)
== garbage, https://
file_get_contents(): SSL operation failed with code 1. OpenSSL Error messages:
error:%s
file_get_contents(): Failed to enable crypto
file_get_contents(https://ADDRESS/): Failed to open stream: operation failed
false
(the same with the hooks)
== hangup, ssl://
%A
false
(the same with the hooks)
== hangup, https://
%A
false
(the same with the hooks)
== silent, ssl://
stream_socket_client(): SSL: Handshake timed out
stream_socket_client(): Failed to enable crypto
stream_socket_client(): Unable to connect to ssl://ADDRESS (Unknown error)
false
not before the timeout
(the same with the hooks)
== silent, https://
file_get_contents(): SSL: Handshake timed out
file_get_contents(): Failed to enable crypto
file_get_contents(https://ADDRESS/): Failed to open stream: operation failed
false
not before the timeout
(the same with the hooks)
another coroutine ran while the handshake waited: true
