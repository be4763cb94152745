--TEST--
Study\Coroutine::sleep() inside a Fiber running in a coroutine suspends the whole coroutine with the Fiber in it; other coroutines and the main script run meanwhile, and the Fiber goes on where it slept, in the same coroutine, and can still suspend and be resumed
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
$wake = new Study\Coroutine\Channel(1);
Sgo(function () {
    $fiber = new Fiber(function () {
        echo "fiber: sleeps in ", Sco::getCid(), "\n";
        Sco::sleep(0.02);
        echo "fiber: woke in ", Sco::getCid(), "\n";
        $value = Fiber::suspend('suspended');
        echo "fiber: resumed with $value\n";
        return 'done';
    });
    $value = $fiber->start();
    echo "coroutine: fiber suspended with $value\n";
    Sco::sleep(0.01);
    $fiber->resume('value');
    echo "coroutine: fiber returned ", $fiber->getReturn(), "\n";
});
// other waits for a value the main script sends while the fiber sleeps: a coroutine made ready runs before the loop
// looks at any deadline, so other wakes before the fiber however slow the run.
Sgo(function () use ($wake) { echo "other: runs while the fiber sleeps\n"; $wake->pop(); echo "other: woke\n"; });
$wake->push(true);
echo "main: end\n";
?>
--EXPECT--
fiber: sleeps in 3
other: runs while the fiber sleeps
main: end
other: woke
fiber: woke in 3
coroutine: fiber suspended with suspended
fiber: resumed with value
coroutine: fiber returned done
