--TEST--
Regression: a recv() woken for data that another coroutine took first waits again only for what is left of its timeout (it started the whole timeout again, so a 2 s recv() could take 3.8 s)
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
[$x, $y] = connected_pair();

$reader = Sgo(function () use ($b) {
    $start = hrtime(true);
    $result = $b->recv(100, 2.0);
    $elapsed = (hrtime(true) - $start) / 1e9;
    echo "reader: ", var_export($result, true), ", errCode {$b->errCode}\n";
    // Not before its timeout; and well before the 3.8 s a second whole timeout ends at.
    echo "reader: ended ", $elapsed < 1.99 ? "EARLY ($elapsed s)" : ($elapsed < 3.5 ? "at its timeout" : "LATE ($elapsed s)"), "\n";
});
$thief = Sgo(function () use ($y, $b) {
    // Woken in the same turn of the loop as the reader, and before it: $x gets its byte first.
    echo "thief: woken by ", $y->recv(1, 10), "\n";
    echo "thief: took ", var_export($b->recv(100, 0), true), "\n";
});
Sco::sleep(1.8);
$x->send('x');
$a->send('data');
Sco::join([$reader, $thief]);
?>
--EXPECT--
thief: woken by x
thief: took 'data'
reader: false, errCode 110
reader: ended at its timeout
