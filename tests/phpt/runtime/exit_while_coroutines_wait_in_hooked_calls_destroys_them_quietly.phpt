--TEST--
With HOOK_ALL, exit() in a coroutine while other coroutines wait in hooked fread(), stream_socket_accept(), fwrite() of 16 MiB, stream_socket_recvfrom(), stream_select() and sleep(): the script ends there, the waiting coroutines are destroyed in id order with their finally blocks run, no wait completes and none prints a warning, then shutdown functions run
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine();
function pair(): array
{
    static $server = null;
    $server ??= stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
    $client = stream_socket_client('tcp://' . stream_socket_get_name($server, false), $errno, $errstr, 5);
    return [$client, stream_socket_accept($server, 5)];
}
[$a, $b] = pair();
[$c, $d] = pair();
[$e, $f] = pair();
$listener = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$udp = stream_socket_server('udp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND);

$waits = [
    'reader' => fn() => fread($a, 100),
    'acceptor' => fn() => stream_socket_accept($listener, 100),
    'writer' => fn() => fwrite($c, str_repeat('x', 16 * 1024 * 1024)),
    'receiver' => fn() => stream_socket_recvfrom($udp, 100),
    'selector' => function () use ($e) {
        $read = [$e];
        $write = $except = null;
        return stream_select($read, $write, $except, 100);
    },
    'sleeper' => fn() => sleep(100),
];
foreach ($waits as $name => $wait) {
    Sgo(function () use ($name, $wait) {
        try {
            $wait();
            echo "$name: not reached\n";
        } finally {
            echo "$name: finally\n";
        }
    });
}
Sgo(function () {
    Sco::sleep(0.05);
    echo "exiter: exit(3)\n";
    exit(3);
});
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECT--
main: end
exiter: exit(3)
reader: finally
acceptor: finally
writer: finally
receiver: finally
selector: finally
sleeper: finally
shutdown function
