--TEST--
Study\Coroutine::cancel() of a coroutine waiting in connect() (to a listener whose backlog 0 is full, so Linux drops the SYNs and the connect cannot complete): no exception, connect() returns false with errCode ECANCELED (125) and cancel() returns true; a connect with a timeout is canceled the same way
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen(0);
$port = $listener->getsockname()['port'];
// Fill the queue: connect until one connect times out.
$fillers = [];
for ($i = 0; $i < 8; $i++) {
    $fillers[] = $filler = new Socket();
    if (!$filler->connect('127.0.0.1', $port, 0.2)) {
        break;
    }
}
echo "backlog full: ", $filler->errCode === 110 ? "yes" : "NO ({$filler->errCode})", "\n";

$log = [];
foreach ([-1, 30] as $timeout) {
    $cid = Sgo(function () use ($port, $timeout, &$log) {
        $client = new Socket();
        try {
            $r = $client->connect('127.0.0.1', $port, $timeout);
            $log[] = "connect (timeout $timeout) returned " . var_export($r, true) . ", errCode {$client->errCode}";
        } catch (Throwable $e) {
            $log[] = "connect (timeout $timeout) must not throw " . get_class($e);
        }
        $client->close();
    });
    var_dump(Sco::cancel($cid));
    Sco::join([$cid]);
}
echo implode("\n", $log), "\n";
foreach ($fillers as $filler) {
    $filler->close();
}
$listener->close();
?>
--EXPECT--
backlog full: yes
bool(true)
bool(true)
connect (timeout -1) returned false, errCode 125
connect (timeout 30) returned false, errCode 125
