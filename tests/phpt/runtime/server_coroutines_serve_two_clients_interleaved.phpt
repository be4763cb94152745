--TEST--
With HOOK_TCP, the handlers of two connections of one stream_socket_server() serve them interleaved, which cannot happen if accept or read blocked the process: the handler of client A, holding A's request, waits on a channel until client B got the answer to its own request, and both get their replies
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$bArrived = new Channel(1);
// B connects only once the server's handler of A waits for B: a channel, not a sleep, orders that, however slow the run.
$aWaits = new Channel(1);

Sgo(function () use ($server, $bArrived, $aWaits) {
    $handlers = [
        'A' => function ($conn) use ($bArrived, $aWaits) {
            $request = fgets($conn);
            echo "server: A sent ", trim($request), ", waits for B\n";
            $aWaits->push(true);
            $bArrived->pop();
            fwrite($conn, "answer to " . $request);
            fclose($conn);
        },
        'B' => function ($conn) use ($bArrived) {
            $request = fgets($conn);
            echo "server: B sent ", trim($request), "\n";
            fwrite($conn, "answer to " . $request);
            fclose($conn);
        },
    ];
    foreach ($handlers as $name => $handler) {
        $conn = stream_socket_accept($server, 10);
        echo "server: accepted $name\n";
        Sgo($handler, $conn);
    }
    fclose($server);
});

$client = function (string $name, string $request) use ($address, $bArrived) {
    $conn = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    fwrite($conn, "$request\n");
    $reply = fgets($conn);
    echo "client $name: got ", trim($reply), "\n";
    var_dump(fgets($conn));
    fclose($conn);
    if ($name === 'B') {
        $bArrived->push(true);
    }
};
Sgo(function () use ($client) {
    $client('A', 'first');
});
$aWaits->pop();
Sgo(function () use ($client) {
    $client('B', 'second');
});
?>
--EXPECT--
server: accepted A
server: A sent first, waits for B
server: accepted B
server: B sent second
client B: got answer to second
bool(false)
client A: got answer to first
bool(false)
