--TEST--
With HOOK_TCP | HOOK_STREAM_SELECT, stream_select() in a coroutine on a hooked tcp stream nothing arrives on, with a timeout of 0.2 s: the main script goes on and another coroutine keeps running meanwhile; after at least 0.2 s it returns 0 and empties the read array
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_STREAM_SELECT);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$ticks = 0;
$done = false;
// Sleeps far shorter than the select's timeout, again and again. Started before the selector, so one of its sleeps,
// started before the wait, is under way when the wait starts: it runs while the selector waits, however slow the run.
Sgo(function () use (&$ticks, &$done) {
    while (!$done) {
        Sco::sleep(0.02);
        $ticks++;
    }
});
Sgo(function () use ($address, &$ticks, &$done) {
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $read = [$client];
    $write = $except = null;
    echo "selector: waits\n";
    $ticksBefore = $ticks;
    $start = hrtime(true);
    $n = stream_select($read, $write, $except, 0, 200000);
    $ms = (hrtime(true) - $start) / 1e6;
    var_dump($n, $read);
    echo "selector: waited ", $ms >= 199 ? "at least 200 ms" : "ONLY $ms ms",
        ", the ticker ran meanwhile: ", $ticks > $ticksBefore ? "yes" : "NO", "\n";
    fclose($client);
    $done = true;
});
echo "main goes on\n";
?>
--EXPECT--
selector: waits
main goes on
int(0)
array(0) {
}
selector: waited at least 200 ms, the ticker ran meanwhile: yes
