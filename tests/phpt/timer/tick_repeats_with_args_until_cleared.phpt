--TEST--
Study\Timer::tick(): the callback runs again and again with the same arguments until Study\Timer::clear() from outside stops it; the timer's id stays listed meanwhile
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
$runs = [];
$id = Study\Timer::tick(0.005, function (string $tag, int $n) use (&$runs) {
    $runs[] = "$tag $n";
}, 'tick', 7);
var_dump($id);
// Wait in the main script until it ran at least three times.
while (count($runs) < 3) {
    Sco::sleep(0.005);
}
var_dump(Study\Timer::list());
var_dump(Study\Timer::clear($id));
$count = count($runs);
var_dump(Study\Timer::list());
echo "runs: ", json_encode(array_unique($runs)), "\n";
Sco::sleep(0.02);
echo "ran after clear: ", var_export(count($runs) !== $count, true), "\n";
// The same id cannot be cleared twice.
var_dump(Study\Timer::clear($id));
?>
--EXPECT--
int(2)
array(1) {
  [0]=>
  int(2)
}
bool(true)
array(0) {
}
runs: ["tick 7"]
ran after clear: false
bool(false)
