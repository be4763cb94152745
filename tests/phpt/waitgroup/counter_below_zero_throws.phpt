--TEST--
Study\Coroutine\WaitGroup: a counter that would go below zero throws (done() at 0, add() of a larger negative delta, a negative $delta for the constructor), in the main script and in a coroutine; the WaitGroup goes on working
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup();
$calls = [
    'done() at 0' => fn() => $wg->done(),
    'add(-1) at 0' => fn() => $wg->add(-1),
    'new WaitGroup(-1)' => fn() => new WaitGroup(-1),
];
foreach ($calls as $name => $call) {
    try {
        $call();
        echo "$name: no error\n";
    } catch (Study\Coroutine\Error|ValueError $e) {
        echo "$name: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$wg->add(2);
try {
    $wg->add(-3);
} catch (Study\Coroutine\Error|ValueError $e) {
    echo "add(-3) at 2: ", get_class($e), "\n";
}
Sgo(function () use ($wg) {
    $wg->done();
    $wg->done();
    try {
        $wg->done();
    } catch (Study\Coroutine\Error|ValueError $e) {
        echo "in a coroutine: ", get_class($e), "\n";
    }
});
var_dump($wg->count(), $wg->wait(0));
?>
--EXPECTF--
done() at 0: %r(Study\\Coroutine\\Error|ValueError)%r: %s
add(-1) at 0: %r(Study\\Coroutine\\Error|ValueError)%r: %s
new WaitGroup(-1): %r(Study\\Coroutine\\Error|ValueError)%r: %s
add(-3) at 2: %r(Study\\Coroutine\\Error|ValueError)%r
in a coroutine: %r(Study\\Coroutine\\Error|ValueError)%r
int(0)
bool(true)
