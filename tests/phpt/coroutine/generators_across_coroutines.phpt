--TEST--
Study\Coroutine: generators created in one coroutine are iterated in others, may suspend their coroutine from inside, and a generator suspended that way cannot be advanced elsewhere
--EXTENSIONS--
study
--FILE--
<?php
function numbers(int $from, int $to) {
    try {
        for ($i = $from; $i <= $to; $i++) {
            $sent = yield $i;
            if ($sent !== null) {
                echo "  generator got '$sent' in cid ", Sco::getCid(), "\n";
            }
        }
    } finally {
        echo "  generator finally in cid ", Sco::getCid(), "\n";
    }
}
function delegating() {
    yield 0;
    yield from numbers(1, 2);
    return 'ret';
}

$gen = null;
$maker = Sgo(function () use (&$gen) {
    $gen = delegating();
    echo "maker: first value ", $gen->current(), " in cid ", Sco::getCid(), "\n";
    Sco::yield();
    echo "maker: sees ", var_export($gen->valid() ? $gen->current() : 'finished', true), "\n";
});
$consumer = Sgo(function () use (&$gen) {
    $gen->next();
    echo "consumer: ", $gen->current(), "\n";
    Sco::yield();
    $gen->send('hello');
    echo "consumer: ", $gen->current(), "\n";
    $gen->next();
    echo "consumer: finished, return ", $gen->getReturn(), "\n";
});
Sco::resume($maker);
Sco::resume($consumer);

// A generator whose body suspends the coroutine iterating it.
function yielding_generator() {
    for ($i = 1; $i <= 3; $i++) {
        echo "  producing $i in cid ", Sco::getCid(), "\n";
        Sco::yield();
        yield $i;
    }
}
$shared = yielding_generator();
$r = Sgo(function () use ($shared) {
    foreach ($shared as $v) {
        echo "reader: got $v\n";
    }
    echo "reader: done\n";
});
// The generator is running (suspended inside it): no one else may advance it.
Sgo(function () use ($shared) {
    try {
        $shared->next();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
});
try {
    $shared->current();
} catch (Error $e) {
    echo "main: ", $e->getMessage(), "\n";
}
while (Sco::exists($r)) {
    Sco::resume($r);
}

// An unfinished generator is destroyed where its last reference goes.
$c = Sgo(function () {
    $g = numbers(10, 20);
    $g->current();
    Sco::yield();
    unset($g);
    echo "after unset\n";
});
Sco::resume($c);
?>
--EXPECT--
maker: first value 0 in cid 1
consumer: 1
maker: sees 1
  generator got 'hello' in cid 2
consumer: 2
  generator finally in cid 2
consumer: finished, return ret
  producing 1 in cid 3
Error: Cannot resume an already running generator
main: Cannot resume an already running generator
reader: got 1
  producing 2 in cid 3
reader: got 2
  producing 3 in cid 3
reader: got 3
reader: done
  generator finally in cid 5
after unset
