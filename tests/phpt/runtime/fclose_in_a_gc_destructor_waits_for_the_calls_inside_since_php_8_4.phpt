--TEST--
Since PHP 8.4, where a destructor may switch, with the hooks, fclose() in a __destruct() run by the GC of a stream another coroutine waits in fgets(), fwrite() or stream_select() on: the waiting call wakes and fails as on a closed stream, fclose() waits for it to leave and returns true, and nothing reads the freed stream
--EXTENSIONS--
study
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die('skip before PHP 8.4 a destructor may not switch: fclose_in_a_gc_destructor_while_coroutines_wait_in_fgets_fwrite_stream_select'); ?>
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

class Connection {
    public $self;
    public function __construct(public $stream) { $this->self = $this; } /* a cycle: only the GC frees it */
    public function __destruct() {
        echo "destructor: fclose\n";
        $closed = fclose($this->stream);
        echo "destructor: fclose returned ", var_export($closed, true), "\n";
    }
}

$operations = [
    'fgets' => fn($s) => fgets($s),
    'fwrite' => function ($s) {
        $chunk = str_repeat('x', 1 << 20);
        while (($n = @fwrite($s, $chunk)) === strlen($chunk)) {} /* fills the buffers, then waits */
        return $n;
    },
    'stream_select' => function ($s) {
        $read = [$s];
        $write = $except = null;
        try {
            return stream_select($read, $write, $except, 30);
        } catch (Throwable $e) { /* what PHP's own select says of an array of closed streams */
            return ($e->getPrevious() ? get_class($e->getPrevious()) . ', ' : '') . get_class($e) . ': ' . $e->getMessage();
        }
    },
];
foreach ($operations as $name => $operation) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $peer = stream_socket_accept($server, 10);
    $connection = new Connection($client);
    $worker = Sgo(function () use ($client, $operation, $name) {
        $result = $operation($client);
        echo "worker: $name returned ", var_export($result, true), "\n";
    });
    unset($client);
    Sco::join([Sgo(function () use (&$connection) {
        Sco::sleep(0.05);
        $connection = null;
        $collected = gc_collect_cycles();
        echo "gc: collected $collected\n";
    })]);
    var_dump(Sco::join([$worker], 10));
    fclose($peer);
}
echo "done\n";
?>
--EXPECTF--
destructor: fclose
worker: fgets returned false
destructor: fclose returned true
gc: collected %d
bool(true)
destructor: fclose
worker: fwrite returned %r(false|\d+)%r
destructor: fclose returned true
gc: collected %d
bool(true)
destructor: fclose
worker: stream_select returned '%s'
destructor: fclose returned true
gc: collected %d
bool(true)
done
