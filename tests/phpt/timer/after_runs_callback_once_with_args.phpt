--TEST--
Study\Timer::after(): the callback runs once, after the delay, with the extra arguments (by value, objects as handles); timers due at different times run in the order of their deadlines, not of their creation (one created first and due in a minute has not run when the later-created, earlier ones have, and is cleared); after() returns the timer id
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/../scheduler/warm_up.inc';
$object = new ArrayObject();
$array = [1, 2];
$ids = [];
// The first timer is due in a minute: a list run in the order of creation would run it before the others (or keep
// them waiting behind it), whatever the load. The others are created in the order of their deadlines, so their
// order does not hang on the moments between the starts. The last one clears the first.
$ids[] = $first = Study\Timer::after(60, function () { echo "first: RAN AFTER A MINUTE\n"; });
$ids[] = Study\Timer::after(0, function () { echo "zero delay\n"; });
$ids[] = Study\Timer::after(0.1, 'printf', "%s %d\n", 'internal function as callback', 42);
$ids[] = Study\Timer::after(0.2, function (string $name, array $a, ArrayObject $o, ...$rest) use ($first) {
    $a[] = 'changed in the callback';
    $o[] = 'added by the callback';
    echo "$name: ", json_encode($a), " ", json_encode($rest), "\n";
    echo "the first timer, due in a minute, still pending: ", var_export(Study\Timer::clear($first), true), "\n";
}, 'late', $array, $object, null, 4.5);
echo "ids: ", json_encode($ids), "\n";
$array[] = 'changed by main';
echo "main: end\n";
register_shutdown_function(function () use ($array, $object) {
    echo "main's copy: ", json_encode($array), ", object: ", count($object), ", timers left: ", count(Study\Timer::list()), "\n";
});
?>
--EXPECT--
ids: [2,3,4,5]
main: end
zero delay
internal function as callback 42
late: [1,2,"changed in the callback"] [null,4.5]
the first timer, due in a minute, still pending: true
main's copy: [1,2,"changed by main"], object: 1, timers left: 0
