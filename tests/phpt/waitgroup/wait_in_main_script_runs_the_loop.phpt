--TEST--
Study\Coroutine\WaitGroup::wait() in the main script blocks only the main script: the loop runs the workers meanwhile, and wait() returns true once the last one called done(); with Study\Coroutine\Channel, the Go pattern of closing a channel once all producers are done
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup();
$results = new Channel(10);
foreach ([0.02, 0.01, 0.03] as $i => $seconds) {
    $wg->add();
    Sgo(function () use ($wg, $results, $i, $seconds) {
        Sco::defer(fn() => $wg->done());
        Sco::sleep($seconds);
        $results->push("result $i");
    });
}
echo "main: waits for ", $wg->count(), "\n";
var_dump($wg->wait());
echo "main: counter ", $wg->count(), ", results ", $results->length(), "\n";

echo "-- producers, consumers and a closer\n";
$producers = new WaitGroup();
$consumers = new WaitGroup();
$chan = new Channel(2);
$total = 0;
for ($p = 0; $p < 3; $p++) {
    $producers->add();
    Sgo(function () use ($producers, $chan, $p) {
        for ($i = 1; $i <= 10; $i++) {
            $chan->push($p * 100 + $i);
        }
        $producers->done();
    });
}
for ($c = 0; $c < 2; $c++) {
    $consumers->add();
    Sgo(function () use ($consumers, $chan, &$total) {
        while (($value = $chan->pop()) !== false) {
            $total += $value;
        }
        $consumers->done();
    });
}
Sgo(function () use ($producers, $chan) {
    $producers->wait();
    $chan->close();
});
var_dump($consumers->wait());
echo "main: total $total\n";
?>
--EXPECT--
main: waits for 3
bool(true)
main: counter 0, results 3
-- producers, consumers and a closer
bool(true)
main: total 3165
