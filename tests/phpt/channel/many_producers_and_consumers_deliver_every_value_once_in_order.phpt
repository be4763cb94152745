--TEST--
Study\Coroutine\Channel: 10 producers push 1000 numbered values each into a channel of capacity 4 while 7 consumers pop until it is closed: every value arrives exactly once (count and sum), each consumer sees each producer's values in increasing order (the channel keeps each producer's order), every consumer ends with errCode CLOSED and nothing is left waiting
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

const PRODUCERS = 10;
const VALUES = 1000;
const CONSUMERS = 7;

$chan = new Channel(4);
$producers = [];
for ($p = 0; $p < PRODUCERS; $p++) {
    $producers[] = Sgo(function () use ($chan, $p) {
        for ($i = 0; $i < VALUES; $i++) {
            if (!$chan->push([$p, $i])) {
                echo "producer $p: push $i failed, errCode {$chan->errCode}\n";
                return;
            }
            // Some producers also let the others run now and then.
            if ($p % 3 === 0 && $i % 97 === 0) {
                Sco::sleep(0);
            }
        }
    });
}
$received = [];
$ends = [];
$consumers = [];
for ($c = 0; $c < CONSUMERS; $c++) {
    $consumers[] = Sgo(function () use ($chan, $c, &$received, &$ends) {
        $received[$c] = [];
        while (($value = $chan->pop()) !== false) {
            $received[$c][] = $value;
        }
        $ends[$c] = $chan->errCode;
    });
}
Sco::join($producers);
echo "producers done, queued ", $chan->length(), ", waiting pushers ", $chan->stats()['producer_num'], "\n";
var_dump($chan->close());
Sco::join($consumers);

$count = 0;
$sum = 0;
$seen = [];
$inOrder = true;
foreach ($received as $c => $values) {
    $last = array_fill(0, PRODUCERS, -1);
    foreach ($values as [$p, $i]) {
        $count++;
        $sum += $i;
        $seen["$p/$i"] = ($seen["$p/$i"] ?? 0) + 1;
        if ($i <= $last[$p]) {
            $inOrder = false;
            echo "consumer $c: value $i of producer $p after ", $last[$p], "\n";
        }
        $last[$p] = $i;
    }
}
echo "values received: $count, distinct: ", count($seen), ", duplicates: ", count(array_filter($seen, fn($n) => $n > 1)), "\n";
echo "sum: $sum, expected: ", PRODUCERS * VALUES * (VALUES - 1) / 2, "\n";
echo "each producer's order kept per consumer: ", var_export($inOrder, true), "\n";
echo "consumers ended with: ", implode(',', array_unique($ends)), " (", count($ends), " consumers)\n";
$stats = $chan->stats();
echo "left: queued {$stats['queue_num']}, waiting pushers {$stats['producer_num']}, waiting poppers {$stats['consumer_num']}, live coroutines ", count(Sco::list()), "\n";
?>
--EXPECTF--
producers done, queued %d, waiting pushers 0
bool(true)
values received: 10000, distinct: 10000, duplicates: 0
sum: 4995000, expected: 4995000
each producer's order kept per consumer: true
consumers ended with: -2 (7 consumers)
left: queued 0, waiting pushers 0, waiting poppers 0, live coroutines 0
