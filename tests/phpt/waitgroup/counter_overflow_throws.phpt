--TEST--
Regression: WaitGroup::add() that would overflow the counter throws and leaves it unchanged (it wrapped to a
negative count, and waiters never woke)
--EXTENSIONS--
study
--FILE--
<?php
$wg = new Study\Coroutine\WaitGroup();
$wg->add(PHP_INT_MAX);
try {
    $wg->add(PHP_INT_MAX);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($wg->count() === PHP_INT_MAX);
$wg->add(-PHP_INT_MAX);
var_dump($wg->count(), $wg->wait(0));
?>
--EXPECTF--
ValueError: Study\Coroutine\WaitGroup::add(): Argument #1 ($delta) would make the counter negative or overflow it (it is %d)
bool(true)
int(0)
bool(true)
