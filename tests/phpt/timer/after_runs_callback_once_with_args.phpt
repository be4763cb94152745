--TEST--
Study\Timer::after(): the callback runs once, after the delay, with the extra arguments (by value, objects as handles); timers due at different times run in the order of their deadlines, not of their creation; after() returns the timer id
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
$object = new ArrayObject();
$array = [1, 2];
$ids = [];
// 100 ms between the deadlines: more than any moment between the starts, even on a loaded machine.
$ids[] = Study\Timer::after(0.2, function (string $name, array $a, ArrayObject $o, ...$rest) {
    $a[] = 'changed in the callback';
    $o[] = 'added by the callback';
    echo "$name: ", json_encode($a), " ", json_encode($rest), "\n";
}, 'late', $array, $object, null, 4.5);
$ids[] = Study\Timer::after(0.1, 'printf', "%s %d\n", 'internal function as callback', 42);
$ids[] = Study\Timer::after(0, function () { echo "zero delay\n"; });
echo "ids: ", json_encode($ids), "\n";
$array[] = 'changed by main';
echo "main: end\n";
register_shutdown_function(function () use ($array, $object) {
    echo "main's copy: ", json_encode($array), ", object: ", count($object), ", timers left: ", count(Study\Timer::list()), "\n";
});
?>
--EXPECT--
ids: [2,3,4]
main: end
zero delay
internal function as callback 42
late: [1,2,"changed in the callback"] [null,4.5]
main's copy: [1,2,"changed by main"], object: 1, timers left: 0
