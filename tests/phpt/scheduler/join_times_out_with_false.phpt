--TEST--
Study\Coroutine::join() with a timeout: false when the time is up before all listed coroutines have ended, true when they end in time; a timeout of 0 only checks, and the coroutines go on either way
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// Started in the order their waits end (the zero-timeout join, fast, the joiner's timeout), each later one the
// longer, so that order holds however slow the run. slow waits for a value the joiner sends only after its join
// timed out, so it ends after that timeout whatever the load.
$release = new Study\Coroutine\Channel(1);
$slow = Sgo(function () use ($release) { $release->pop(); echo "slow ends\n"; });
Sgo(function () use ($slow) {
    var_dump(Sco::join([$slow], 0));
    echo "zero timeout: returned at once\n";
});
$fast = Sgo(function () { Sco::sleep(0.1); echo "fast ends\n"; });
Sgo(function () use ($slow, $fast, $release) {
    var_dump(Sco::join([$slow, $fast], 0.2));
    echo "joiner: timed out, slow alive: ", var_export(Sco::exists($slow), true), ", fast alive: ", var_export(Sco::exists($fast), true), "\n";
    $release->push(true);
    var_dump(Sco::join([$slow], 10));
    echo "joiner: slow ended in time\n";
});
// A negative timeout (an int here) means no timeout. Joiners of the same coroutine wake in the order they began to wait.
Sgo(function () use ($slow) {
    var_dump(Sco::join([$slow], -5));
    echo "negative timeout: waited to the end\n";
});
echo "main: end\n";
?>
--EXPECT--
main: end
bool(false)
zero timeout: returned at once
fast ends
bool(false)
joiner: timed out, slow alive: true, fast alive: false
slow ends
bool(true)
negative timeout: waited to the end
bool(true)
joiner: slow ended in time
