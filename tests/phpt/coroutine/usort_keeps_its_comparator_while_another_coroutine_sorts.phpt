--TEST--
Study\Coroutine: usort() and the other sorts and array functions with a user callback keep calling their own callback after another coroutine sorted with a different one while they were suspended in theirs
--EXTENSIONS--
study
--FILE--
<?php
// PHP keeps the comparator of the running usort() in a per-request global and calls it from there at every
// comparison; a coroutine suspended in its comparator must find its own there when it comes back.
$calls = ['ascending' => 0, 'descending' => 0];
$ascending = function ($a, $b) use (&$calls) {
    ++$calls['ascending'];
    Sco::yield();
    return $a <=> $b;
};
$descending = function ($a, $b) use (&$calls) {
    ++$calls['descending'];
    Sco::yield();
    return $b <=> $a;
};
$results = [];
$a = Sgo(function () use ($ascending, &$results) { $v = [3, 1, 4, 1, 5, 9, 2, 6]; usort($v, $ascending); $results['usort ascending'] = $v; });
$b = Sgo(function () use ($descending, &$results) { $v = [3, 1, 4, 1, 5, 9, 2, 6]; usort($v, $descending); $results['usort descending'] = $v; });
$c = Sgo(function () use ($descending, &$results) { $v = ['a' => 1, 'c' => 3, 'b' => 2]; uksort($v, $descending); $results['uksort descending'] = $v; });
$d = Sgo(function () use ($ascending, &$results) { $results['array_udiff ascending'] = array_udiff([1, 5, 3], [3, 4], $ascending); });
// Alternate between the coroutines until all are done, so each comes back after the others compared.
while (Sco::exists($a) || Sco::exists($b) || Sco::exists($c) || Sco::exists($d)) {
    foreach ([$a, $b, $c, $d] as $id) {
        if (Sco::exists($id)) {
            Sco::resume($id);
        }
    }
}
ksort($results);
foreach ($results as $label => $v) {
    echo $label, ': ', json_encode($v), "\n";
}
echo "main still sorts: ", json_encode((function () { $v = [2, 3, 1]; usort($v, fn($x, $y) => $x <=> $y); return $v; })()), "\n";
?>
--EXPECT--
array_udiff ascending: [1,5]
uksort descending: {"c":3,"b":2,"a":1}
usort ascending: [1,1,2,3,4,5,6,9]
usort descending: [9,6,5,4,3,2,1,1]
main still sorts: [1,2,3]
