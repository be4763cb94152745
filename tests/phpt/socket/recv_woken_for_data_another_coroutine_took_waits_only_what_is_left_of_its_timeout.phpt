--TEST--
Regression: a recv() woken for data that another coroutine took first waits again only for what is left of its timeout (it started the whole timeout again, so a 2 s recv() could take 3.8 s); checked against a sleep of the same length started after the recv and before the theft, which must wake after the recv ended
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/connected_pair.inc';

// Busy work that does not run the loop: nothing is woken meanwhile, and load only makes it longer.
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}

[$a, $b] = connected_pair();
[$x, $y] = connected_pair();

// The witness sleeps as long as the reader's timeout, started at least 20 ms after the reader's wait and at least
// 20 ms before the theft. A recv() that waits only for what is left of its timeout ends before the witness wakes;
// one that started its whole timeout again at the theft ends after it. The loop handles deadlines in their order
// however late it runs, so the verdict does not hang on a margin; only the theft must come within the 3 s timeout.
$witnessWoke = false;
$reader = Sgo(function () use ($b, &$witnessWoke) {
    $start = hrtime(true);
    $result = $b->recv(100, 3.0);
    $elapsed = (hrtime(true) - $start) / 1e9;
    echo "reader: ", var_export($result, true), ", errCode {$b->errCode}\n";
    // Not before its timeout (a recv() that gave up at the theft, or counted nothing left, ends early): load only
    // makes it later.
    echo "reader: ended ", $elapsed < 2.99 ? "EARLY ($elapsed s)" : ($witnessWoke ? "AFTER THE WITNESS (it waited its whole timeout again)" : "at its timeout, before the witness"), "\n";
});
$thief = Sgo(function () use ($y, $b) {
    // Woken in the same turn of the loop as the reader, and before it: $x gets its byte first.
    echo "thief: woken by ", $y->recv(1, 10), "\n";
    echo "thief: took ", var_export($b->recv(100, 0), true), "\n";
});
work(0.02);
$witness = Sgo(function () use (&$witnessWoke) {
    Sco::sleep(3.0);
    $witnessWoke = true;
    echo "witness: woke\n";
});
// A turn of the loop before the sends (which work() would not give) registers both sockets with the poller while
// they are empty, so the one that gets data first is reported first.
Sco::sleep(0.02);
$x->send('x');
$a->send('data');
Sco::join([$reader, $thief, $witness]);
?>
--EXPECT--
thief: woken by x
thief: took 'data'
reader: false, errCode 110
reader: ended at its timeout, before the witness
witness: woke
