--TEST--
Study\Coroutine\WaitGroup: wait(NAN) throws ValueError without waiting; arguments of the wrong type throw TypeError
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup(1);
$calls = [
    'wait(NAN)' => fn() => $wg->wait(NAN),
    'wait("soon")' => fn() => $wg->wait("soon"),
    'add("one")' => fn() => $wg->add("one"),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no error\n";
    } catch (ValueError|TypeError $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($wg->count());
?>
--EXPECTF--
wait(NAN): ValueError: Study\Coroutine\WaitGroup::wait(): Argument #1 ($timeout) %s
wait("soon"): TypeError: Study\Coroutine\WaitGroup::wait(): Argument #1 ($timeout) must be of type float, string given
add("one"): TypeError: Study\Coroutine\WaitGroup::add(): Argument #1 ($delta) must be of type int, string given
int(1)
