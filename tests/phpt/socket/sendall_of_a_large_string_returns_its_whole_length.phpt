--TEST--
Study\Coroutine\Socket::sendAll() of 8 MiB to a peer that reads in pieces: waits for room as often as needed and returns the whole length with errCode 0, from a coroutine and from the main script; the reader gets every byte in order
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$data = implode('', array_map(fn($i) => str_pad((string) $i, 1024, '.'), range(0, 8 * 1024 - 1)));
$received = [];
$reader = Sgo(function () use ($b, &$received) {
    // Pieces joined at the end: under valgrind every realloc() of a growing string copies it.
    $pieces = [];
    while (($chunk = $b->recv(65536, 30)) !== '' && $chunk !== false) {
        $pieces[] = $chunk;
    }
    $received[] = implode('', $pieces);
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
