--TEST--
Study\Coroutine::resume(): unknown ids warn and return false, without crashing
--EXTENSIONS--
study
--FILE--
<?php
foreach ([0, -1, 1, 2, PHP_INT_MAX, PHP_INT_MIN] as $cid) {
    var_dump(Sco::resume($cid));
}
// Also from inside a coroutine.
Sgo(function () {
    var_dump(Sco::resume(12345));
});
// The id of the coroutine just created is 1; 2 is not created yet.
var_dump(Sco::resume(2));
echo "done\n";
?>
--EXPECTF--
Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)

Warning: Study\Coroutine::resume(): resume error in %s on line %d
bool(false)
done
