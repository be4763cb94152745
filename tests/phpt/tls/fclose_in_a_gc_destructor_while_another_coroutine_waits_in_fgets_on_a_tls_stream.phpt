--TEST--
With the hooks, fclose() in a __destruct() run by the GC, of an ssl:// stream another coroutine waits in fgets() on (and of one a coroutine waits in fwrite() on, with the buffers full): fclose() returns true, the waiting call wakes and fails as on a closed stream, OpenSSL's close runs once, on the open descriptor, and nothing reads the freed stream; the handshake completed before
--EXTENSIONS--
study
openssl
pcntl
--FILE--
<?php
require __DIR__ . '/tls.inc';
$cert = tls_certificate('server');
$servers = ['fgets' => tls_server('echo', $cert), 'fwrite' => tls_server('stall', $cert)];
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);

class Connection {
    public $self;
    public function __construct(public $stream) { $this->self = $this; } /* a cycle: only the GC frees it */
    public function __destruct() { $GLOBALS['events'][] = "destructor: fclose " . var_export(fclose($this->stream), true); }
}

$operations = [
    'fgets' => fn($s) => fgets($s),
    'fwrite' => function ($s) {
        $chunk = str_repeat('x', 1 << 20); /* the server reads nothing: the buffers fill */
        while (($n = @fwrite($s, $chunk)) === strlen($chunk)) {}
        return $n === false ? false : 'short';
    },
];
foreach ($operations as $name => $operation) {
    $events = [];
    $context = stream_context_create(['ssl' => ['verify_peer' => false]]);
    $client = stream_socket_client("ssl://{$servers[$name][0]}", $errno, $errstr, 30, STREAM_CLIENT_CONNECT, $context);
    echo "$name: ", stream_get_meta_data($client)['crypto']['protocol'], "\n";
    $connection = new Connection($client);
    $worker = Sgo(function () use ($client, $operation, $name) {
        $result = $operation($client);
        $GLOBALS['events'][] = "worker: $name returned " . var_export($result, true);
    });
    unset($client);
    Sco::join([Sgo(function () use (&$connection) {
        usleep(50000);
        $connection = null;
        gc_collect_cycles();
    })]);
    var_dump(Sco::join([$worker], 30));
    sort($events);
    echo implode("\n", $events), "\n";
}
Study\Runtime::disableCoroutine();
array_map('tls_server_stop', $servers);
echo "done\n";
?>
--EXPECTF--
fgets: TLSv1.3
bool(true)
destructor: fclose true
worker: fgets returned false
fwrite: TLSv1.3
bool(true)
destructor: fclose true
worker: fwrite returned %s
done
