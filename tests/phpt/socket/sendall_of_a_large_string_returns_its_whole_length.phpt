--TEST--
Study\Coroutine\Socket::sendAll() of 8 MiB to a peer that reads in pieces: waits for room as often as needed and returns the whole length with errCode 0, from a coroutine and from the main script; the reader gets every byte in order
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$data = '';
for ($i = 0; $i < 8 * 1024; $i++) {
    $data .= str_pad((string) $i, 1024, '.');
}
$received = [];
$reader = Sgo(function () use ($b, &$received) {
    $buffer = '';
    while (($chunk = $b->recv(65536, 30)) !== '' && $chunk !== false) {
        $buffer .= $chunk;
    }
    $received[] = $buffer;
});
$writer = Sgo(function () use ($a, $data) {
    var_dump($a->sendAll($data, 30));
    echo "coroutine: errCode {$a->errCode}\n";
});
Sco::join([$writer]);
var_dump($a->sendAll($data));
echo "main: errCode {$a->errCode}\n";
$a->close();
Sco::join([$reader]);
echo "reader: ", $received[0] === $data . $data ? "every byte in order" : "DIFFERENT (" . strlen($received[0]) . " bytes)", "\n";
$b->close();
?>
--EXPECT--
int(8388608)
coroutine: errCode 0
int(8388608)
main: errCode 0
reader: every byte in order
