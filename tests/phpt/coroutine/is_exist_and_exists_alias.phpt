--TEST--
Study\Coroutine::isExist() and its alias exists(): true for running and suspended coroutines, false for finished and unknown ids
--EXTENSIONS--
study
--FILE--
<?php
function both(int $cid): string {
    $a = Sco::isExist($cid);
    $b = Study\Coroutine::exists($cid);
    if ($a !== $b) {
        return "MISMATCH";
    }
    return var_export($a, true);
}
echo "unknown before any: ", both(1), " ", both(0), " ", both(-1), "\n";
$a = Sgo(function () {
    echo "A inside itself: ", both(Sco::getCid()), "\n";
    Sco::yield();
});
echo "A suspended: ", both($a), "\n";
$b = Sgo(function () use ($a) {
    echo "B sees A: ", both($a), ", itself: ", both(Sco::getCid()), "\n";
});
echo "B finished: ", both($b), "\n";
Sco::resume($a);
echo "A finished: ", both($a), ", next id: ", both($b + 1), "\n";
var_dump((new ReflectionMethod('Study\Coroutine', 'exists'))->getNumberOfRequiredParameters());
try {
    Sco::exists("abc");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
unknown before any: false false false
A inside itself: true
A suspended: true
B sees A: true, itself: true
B finished: false
A finished: false, next id: false
int(1)
Study\Coroutine::exists(): Argument #1 ($cid) must be of type int, string given
