--TEST--
With the hooks, at exit() a coroutine being destroyed (which may not switch) closes, in its finally block, a stream another suspended coroutine waits in fgets(), fwrite() or stream_select() on; that one is destroyed next and returns through the closed stream: no use after free, both finally blocks run
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$peers = [];
$operations = [
    'fgets' => fn($s) => fgets($s),
    'fwrite' => function ($s) {
        $chunk = str_repeat('x', 1 << 20);
        while (@fwrite($s, $chunk) === strlen($chunk)) {}
    },
    'stream_select' => function ($s) {
        $read = [$s];
        $write = $except = null;
        stream_select($read, $write, $except, null);
    },
];
foreach ($operations as $name => $operation) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $peers[] = stream_socket_accept($server, 10);
    /* The closer has the lower id: it is destroyed first. */
    Sgo(function () use ($client, $name) {
        try {
            Sco::sleep(1000);
        } finally {
            echo "closer ($name): fclose ", var_export(fclose($client), true), "\n";
        }
    });
    Sgo(function () use ($client, $operation, $name) {
        try {
            $operation($client);
        } finally {
            echo "waiter ($name): leaves\n";
        }
    });
}
unset($client);
Sco::sleep(0.05);
echo "exit\n";
exit(0); /* the suspended coroutines are destroyed one by one, by id */
?>
--EXPECT--
exit
closer (fgets): fclose true
waiter (fgets): leaves
closer (fwrite): fclose true
waiter (fwrite): leaves
closer (stream_select): fclose true
waiter (stream_select): leaves
