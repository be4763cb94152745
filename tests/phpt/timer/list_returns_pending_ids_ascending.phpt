--TEST--
Study\Timer::list(): ids of pending timers in ascending order, whatever their deadlines; ids start at 1 and increase, also for timers added in callbacks, and are not reused; an after() timer leaves the list when it has run, a tick stays until cleared
--EXTENSIONS--
study
--FILE--
<?php
var_dump(Study\Timer::list());
$ran = [];
$ids = [];
// Timers 1 and 3 are due in a minute: they are cleared long before, however slow the run.
foreach ([60, 0.005, 60, 0.02] as $seconds) {
    $ids[] = Study\Timer::after($seconds, function () use ($seconds, &$ran) {
        echo "after $seconds ran\n";
        $ran[] = $seconds;
    });
}
$ids[] = $tick = Study\Timer::tick(0.01, function () {});
echo "ids: ", json_encode($ids), "\n";
echo "list: ", json_encode(Study\Timer::list()), "\n";
Study\Timer::clear($ids[2]);
echo "after clearing 3: ", json_encode(Study\Timer::list()), "\n";
while (count($ran) < 2) {
    Sco::sleep(0.005);
}
echo "when 2 and 4 have run: ", json_encode(Study\Timer::list()), "\n";
Study\Timer::clear($tick);
echo "after clearing the tick: ", json_encode(Study\Timer::list()), "\n";
Study\Timer::clear($ids[0]);
echo "after clearing 1: ", json_encode(Study\Timer::list()), "\n";
// A timer added inside a callback gets the next id as well. The after() timer whose callback runs is still listed
// there, as Study\Timer::clear() inside its own callback still finds it.
Study\Timer::after(0.001, function () {
    $id = Study\Timer::after(0.001, function () {});
    echo "from a callback: $id, list ", json_encode(Study\Timer::list()), "\n";
});
?>
--EXPECT--
array(0) {
}
ids: [1,2,3,4,5]
list: [1,2,3,4,5]
after clearing 3: [1,2,4,5]
after 0.005 ran
after 0.02 ran
when 2 and 4 have run: [1,5]
after clearing the tick: [1]
after clearing 1: []
from a callback: 7, list [6,7]
