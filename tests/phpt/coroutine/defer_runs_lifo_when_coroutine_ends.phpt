--TEST--
Study\Coroutine::defer(): callbacks run last-in first-out when the coroutine ends, after its finally blocks, inside the coroutine, whatever the callable kind
--EXTENSIONS--
study
--FILE--
<?php
class Cleaner {
    public function method() { echo "defer: [object, method]\n"; }
    public static function staticMethod() { echo "defer: Class::staticMethod\n"; }
    public function __invoke() { echo "defer: invokable object\n"; }
    public function __call($name, $args) { echo "defer: __call $name\n"; }
}
function plain_function() { echo "defer: function name\n"; }

$cid = Sgo(function () {
    Sco::defer('plain_function');
    Sco::defer([new Cleaner, 'method']);
    Sco::defer('Cleaner::staticMethod');
    Sco::defer(new Cleaner);
    Sco::defer([new Cleaner, 'viaCall']);
    Sco::defer(plain_function(...));
    $state = 'initial';
    Sco::defer(function () use (&$state) { echo "defer: closure sees state=$state in cid ", Sco::getCid(), "\n"; });
    echo "body: registered, yielding\n";
    Sco::yield();
    Sco::defer(fn() => print("defer: registered after the yield runs first\n"));
    $state = 'final';
    try {
        echo "body: returning\n";
        return 42;
    } finally {
        echo "body: finally\n";
    }
});
echo "main: defers have not run yet\n";
Sco::resume($cid);
echo "main: coroutine ended\n";

// Many defers: all of them run, in reverse order.
Sgo(function () {
    $order = [];
    for ($i = 0; $i < 100; $i++) {
        Sco::defer(function () use ($i, &$order) {
            $order[] = $i;
            if ($i === 0) {
                echo "100 defers ran in reverse: ", var_export($order === range(99, 0), true), "\n";
            }
        });
    }
});

// Each coroutine has its own defers.
$x = Sgo(function () { Sco::defer(fn() => print("defer of x\n")); Sco::yield(); });
$y = Sgo(function () { Sco::defer(fn() => print("defer of y\n")); Sco::yield(); });
Sco::resume($y);
Sco::resume($x);

// A coroutine that ends at once runs its defers before Sgo() returns; nested ones run in their own coroutine.
Sgo(function () {
    Sco::defer(fn() => print("outer defer in " . Sco::getCid() . "\n"));
    Sgo(function () {
        Sco::defer(fn() => print("inner defer in " . Sco::getCid() . "\n"));
    });
    echo "outer body end\n";
});
echo "main: after Sgo\n";

// A defer may register another defer; it runs too.
Sgo(function () {
    Sco::defer(function () {
        echo "first defer registers one more\n";
        Sco::defer(fn() => print("defer registered by a defer\n"));
    });
});

// A defer may yield: the coroutine stays alive until it is resumed.
$z = Sgo(function () {
    Sco::defer(function () {
        echo "defer yields\n";
        Sco::yield();
        echo "defer resumed\n";
    });
});
echo "main: ", json_encode(Sco::list()), "\n";
Sco::resume($z);
echo "main: ", json_encode(Sco::list()), "\n";
?>
--EXPECT--
body: registered, yielding
main: defers have not run yet
body: returning
body: finally
defer: registered after the yield runs first
defer: closure sees state=final in cid 1
defer: function name
defer: __call viaCall
defer: invokable object
defer: Class::staticMethod
defer: [object, method]
defer: function name
main: coroutine ended
100 defers ran in reverse: true
defer of y
defer of x
inner defer in 6
outer body end
outer defer in 5
main: after Sgo
first defer registers one more
defer registered by a defer
defer yields
main: [8]
defer resumed
main: []
