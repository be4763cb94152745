--TEST--
Study\Coroutine: PHP Fibers run inside coroutines, stay suspended across coroutine yields, may be resumed by another coroutine, and Sco::yield() works from inside a Fiber
--EXTENSIONS--
study
--FILE--
<?php
echo "-- a Fiber inside a coroutine\n";
Sgo(function () {
    var_dump(Fiber::getCurrent());
    $fiber = new Fiber(function (string $x) {
        echo "fiber: started with $x in cid ", Sco::getCid(), "\n";
        $y = Fiber::suspend('s1');
        echo "fiber: resumed with $y\n";
        return 'fiber result';
    });
    $value = $fiber->start('arg');
    echo "coroutine: suspended value $value\n";
    $fiber->resume('r1');
    echo "coroutine: ", $fiber->getReturn(), "\n";
    try {
        Fiber::suspend();
    } catch (FiberError $e) {
        echo "coroutine: ", $e->getMessage(), "\n";
    }
});

echo "-- a Fiber suspended across coroutine yields\n";
$fibers = [];
$a = Sgo(function () use (&$fibers) {
    $fibers['a'] = $fiber = new Fiber(function () {
        for ($i = 1; $i <= 3; $i++) {
            $got = Fiber::suspend($i);
            echo "fiber a: step $i got $got in cid ", Sco::getCid(), "\n";
        }
        return 'a done';
    });
    $value = $fiber->start();
    echo "A: fiber gave $value\n";
    Sco::yield();
    $value = $fiber->resume('from A after a yield');
    echo "A: fiber gave $value\n";
    Sco::yield();
    echo "A: fiber ", $fiber->isTerminated() ? "terminated: " . $fiber->getReturn() : "suspended", "\n";
});
// Other coroutines and the main script use Fibers meanwhile.
$b = Sgo(function () {
    $fiber = new Fiber(function () { Fiber::suspend('b1'); echo "fiber b: ends\n"; });
    $value = $fiber->start();
    echo "B: fiber gave $value\n";
    Sco::yield();
    $fiber->resume();
});
$main = new Fiber(function () { Fiber::suspend('main fiber'); echo "main fiber: ends\n"; });
$value = $main->start();
echo "main: $value\n";
Sco::resume($a);
Sco::resume($b);
// Coroutine C resumes the fiber that A started.
Sgo(function () use (&$fibers) {
    $value = $fibers['a']->resume('from C');
    echo "C: fiber gave $value\n";
});
Sco::resume($a);
$main->resume();

echo "-- Sco::yield() inside a Fiber suspends the whole coroutine\n";
$d = Sgo(function () {
    $fiber = new Fiber(function () {
        echo "fiber d: before Sco::yield(), current fiber set: ", var_export(Fiber::getCurrent() !== null, true), "\n";
        Sco::yield();
        echo "fiber d: after Sco::yield(), in cid ", Sco::getCid(), "\n";
        $value = Fiber::suspend('d1');
        echo "fiber d: Fiber::suspend gave back $value\n";
    });
    $value = $fiber->start();
    echo "D: fiber started, gave $value\n";
    $fiber->resume('x');
    echo "D: fiber terminated: ", var_export($fiber->isTerminated(), true), "\n";
});
echo "main: D yielded from inside its fiber; main fiber: ", var_export(Fiber::getCurrent(), true), "\n";
Sco::resume($d);

echo "-- a coroutine created inside a Fiber\n";
$outerFiber = new Fiber(function () {
    $e = Sgo(function () {
        echo "E: in cid ", Sco::getCid(), ", fiber: ", var_export(Fiber::getCurrent(), true), "\n";
        Sco::yield();
        echo "E: resumed by main\n";
    });
    echo "fiber: E yielded back into the fiber\n";
    Fiber::suspend($e);
    echo "fiber: ends\n";
});
$e = $outerFiber->start();
Sco::resume($e);
$outerFiber->resume();

echo "-- an exception from a Fiber reaches its resumer in the coroutine\n";
Sgo(function () {
    $fiber = new Fiber(function () { Sco::yield(); throw new LogicException("from fiber"); });
    try {
        $fiber->start();
    } catch (LogicException $e) {
        echo "F: caught ", $e->getMessage(), " in cid ", Sco::getCid(), "\n";
    }
});
Sgo(function () {
    try {
        var_dump(Sco::resume(7));
    } catch (LogicException $e) {
        echo "G: WRONG, the exception belongs to coroutine 7\n";
    }
});
echo "live: ", json_encode(Sco::list()), "\n";
?>
--EXPECT--
-- a Fiber inside a coroutine
NULL
fiber: started with arg in cid 1
coroutine: suspended value s1
fiber: resumed with r1
coroutine: fiber result
coroutine: Cannot suspend outside of a fiber
-- a Fiber suspended across coroutine yields
A: fiber gave 1
B: fiber gave b1
main: main fiber
fiber a: step 1 got from A after a yield in cid 2
A: fiber gave 2
fiber b: ends
fiber a: step 2 got from C in cid 4
C: fiber gave 3
A: fiber suspended
main fiber: ends
-- Sco::yield() inside a Fiber suspends the whole coroutine
fiber d: before Sco::yield(), current fiber set: true
main: D yielded from inside its fiber; main fiber: NULL
fiber d: after Sco::yield(), in cid 5
D: fiber started, gave d1
fiber d: Fiber::suspend gave back x
D: fiber terminated: true
-- a coroutine created inside a Fiber
E: in cid 6, fiber: NULL
fiber: E yielded back into the fiber
E: resumed by main
fiber: ends
-- an exception from a Fiber reaches its resumer in the coroutine
F: caught from fiber in cid 7
bool(true)
live: []
