--TEST--
Study\Coroutine::resume(): a finished coroutine cannot be resumed again (warning, false), whether it ended at once or after yields
--EXTENSIONS--
study
--FILE--
<?php
$once = Sgo(function () { echo "once\n"; });
var_dump(Sco::resume($once));

$twice = Sgo(function () { Sco::yield(); echo "twice: end\n"; });
var_dump(Sco::resume($twice));
var_dump(Sco::resume($twice));

// A coroutine that ended by an exception it caught itself.
$caught = Sgo(function () {
    try {
        Sco::yield();
        throw new Exception("inner");
    } catch (Exception $e) {
        echo "caught ", $e->getMessage(), "\n";
    }
});
var_dump(Sco::resume($caught));
var_dump(Sco::resume($caught));
var_dump(Sco::list());
?>
--EXPECTF--
once

Warning: Study\Coroutine::resume(): resume error in %s on line 3
bool(false)
twice: end
bool(true)

Warning: Study\Coroutine::resume(): resume error in %s on line 7
bool(false)
caught inner
bool(true)

Warning: Study\Coroutine::resume(): resume error in %s on line 19
bool(false)
array(0) {
}
