--TEST--
With the hooks, fclose() in a GC destructor of a persistent hooked stream another coroutine waits in fgets() on: fclose() returns true, fgets() returns false, the stream leaves the persistent list at once (the next persistent connect to the same address makes a new, working connection) and is freed after fgets() has left
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);

class Connection {
    public $self;
    public function __construct(public $stream) { $this->self = $this; }
    /* Printed after the collection: before PHP 8.4 the destructor may not switch and fclose() returns at once, since
     * 8.4 it may, and fclose() waits for fgets() to leave; the results are the same. */
    public function __destruct() { $GLOBALS['closed'] = fclose($this->stream); }
}

$flags = STREAM_CLIENT_CONNECT | STREAM_CLIENT_PERSISTENT;
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10, $flags);
$peer = stream_socket_accept($server, 10);
$connection = new Connection($client);
$worker = Sgo(function () use ($client) {
    $GLOBALS['line'] = fgets($client);
});
unset($client);
Sco::join([Sgo(function () use (&$connection) {
    Sco::sleep(0.05);
    $connection = null;
    $collected = gc_collect_cycles();
    echo "gc: collected $collected\n";
})]);
var_dump(Sco::join([$worker], 10));
echo "destructor: fclose returned ", var_export($closed, true), "\n";
echo "worker: fgets returned ", var_export($line, true), "\n";

$again = stream_socket_client("tcp://$address", $errno, $errstr, 10, $flags);
$peer2 = stream_socket_accept($server, 10);
fwrite($again, "new connection\n");
echo "peer: ", fgets($peer2);
fclose($again);
?>
--EXPECTF--
gc: collected %d
bool(true)
destructor: fclose returned true
worker: fgets returned false
peer: new connection
