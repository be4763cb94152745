--TEST--
Study\Timer::clear() inside a timer's own callback returns true and stops a tick after that run (the rest of the callback still runs, also after a sleep); inside an after() callback it returns true too; the id is gone from the list at once
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
$after = Study\Timer::after(0.001, function () use (&$after) {
    var_dump(Study\Timer::clear($after));
    echo "after: listed ", json_encode(Study\Timer::list()), "\n";
});
$runs = 0;
$done = false;
$tick = Study\Timer::tick(0.005, function () use (&$runs, &$tick, &$done) {
    $runs++;
    echo "tick run $runs\n";
    if ($runs === 3) {
        var_dump(Study\Timer::clear($tick));
        echo "listed after clear: ", json_encode(Study\Timer::list()), "\n";
        // Clearing again in the same run: already cleared.
        var_dump(Study\Timer::clear($tick));
        // It may still suspend; the tick stays stopped.
        Sco::sleep(0.02);
        echo "tick run $runs: rest of the callback after a sleep\n";
        $done = true;
    }
});
while (!$done) {
    Sco::sleep(0.005);
}
// Long enough for several more runs if it had not stopped.
Sco::sleep(0.03);
echo "main: runs $runs, timers ", json_encode(Study\Timer::list()), "\n";
?>
--EXPECT--
bool(true)
after: listed [3]
tick run 1
tick run 2
tick run 3
bool(true)
listed after clear: []
bool(false)
tick run 3: rest of the callback after a sleep
main: runs 3, timers []
