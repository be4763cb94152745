--TEST--
Study\Coroutine\Socket: one coroutine may wait in recv() while another waits in sendAll() on the same socket (full send buffer); each is woken by its own event: the writer finishes once the peer drains the 16 MiB, the reader gets the peer's reply, both with errCode 0 and the data intact
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$size = 16 * 1024 * 1024;
$log = [];
$readerWaiting = new Channel(1);
$reader = Sgo(function () use ($a, $readerWaiting, &$log) {
    $readerWaiting->push(true);
    $reply = $a->recv(100, 60);
    $log[] = "reader: got " . var_export($reply, true) . ", errCode {$a->errCode}";
});
$writer = Sgo(function () use ($a, $size, &$log) {
    $r = $a->sendAll(str_repeat('d', $size), 60);
    $log[] = "writer: sendAll returned " . var_export($r, true) . ", errCode {$a->errCode}";
});
// Both wait on $a now: the reader for data, the writer for room.
$readerWaiting->pop();
Sco::sleep(0.05);
echo "main: reader and writer still waiting: ", Sco::exists($reader) && Sco::exists($writer) ? "yes" : "NO", "\n";
$total = 0;
$intact = true;
while ($total < $size) {
    $chunk = $b->recv(65536, 60);
    if ($chunk === false || $chunk === '') {
        echo "peer: recv failed {$b->errCode}\n";
        break;
    }
    $intact = $intact && $chunk === str_repeat('d', strlen($chunk));
    $total += strlen($chunk);
}
echo "peer: drained $total bytes, intact: ", var_export($intact, true), "\n";
$b->send('reply');
Sco::join([$reader, $writer]);
sort($log);
echo implode("\n", $log), "\n";
$a->close();
$b->close();
?>
--EXPECT--
main: reader and writer still waiting: yes
peer: drained 16777216 bytes, intact: true
reader: got 'reply', errCode 0
writer: sendAll returned 16777216, errCode 0
