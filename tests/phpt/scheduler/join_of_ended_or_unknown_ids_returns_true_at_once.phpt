--TEST--
Study\Coroutine::join(): an empty list, ids of coroutines that ended and ids that never existed return true at once without suspending, in a coroutine and in the main script
--EXTENSIONS--
study
--FILE--
<?php
$ended = Sgo(function () { return 1; });
var_dump(Sco::join([]));
var_dump(Sco::join([$ended, 12345, -1, 0]));
var_dump(Sco::join([$ended], 0));
$c = Sgo(function () use ($ended) {
    var_dump(Sco::join([]));
    var_dump(Sco::join([$ended, 999], 0.01));
    echo "coroutine: did not suspend\n";
});
echo "main: coroutine already ended: ", var_export(!Sco::exists($c), true), "\n";
// Keys do not matter, only the values.
var_dump(Sco::join(['a' => $ended, 7 => $c]));
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
coroutine: did not suspend
main: coroutine already ended: true
bool(true)
