--TEST--
Study\Coroutine: before PHP 8.4 a destructor cannot yield or create a coroutine, as the engine forbids switching there (also in destructors the cycle collector runs); it throws Study\Coroutine\Error and the destructor goes on
--EXTENSIONS--
study
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die("skip PHP 8.4 lets destructors switch (see destructor_switches_like_a_fiber_since_php_8_4.phpt)"); ?>
--FILE--
<?php
class Switching {
    public $self;
    public function __destruct() {
        echo "__destruct in cid ", Sco::getCid(), "\n";
        try {
            Sco::yield();
        } catch (Study\Coroutine\Error $e) {
            echo $e->getMessage(), "\n";
        }
        try {
            Sgo(function () { echo "never runs\n"; });
        } catch (Study\Coroutine\Error $e) {
            echo $e->getMessage(), "\n";
        }
        echo "__destruct goes on in cid ", Sco::getCid(), "\n";
    }
}
$e = Sgo(function () {
    $o = new Switching();
    unset($o);
    echo "after unset in cid ", Sco::getCid(), "\n";
    // Also for destructors the garbage collector runs.
    $o = new Switching();
    $o->self = $o;
    unset($o);
    $collected = gc_collect_cycles();
    echo "collected: $collected\n";
    Sco::yield();
    echo "resumed\n";
});
echo "main: coroutine $e yielded\n";
Sco::resume($e);
echo "live: ", json_encode(Sco::list()), "\n";
?>
--EXPECTF--
__destruct in cid 1
Study\Coroutine::yield(): cannot switch coroutines here %s
Study\Coroutine::create(): cannot switch coroutines here %s
__destruct goes on in cid 1
after unset in cid 1
__destruct in cid 1
Study\Coroutine::yield(): cannot switch coroutines here %s
Study\Coroutine::create(): cannot switch coroutines here %s
__destruct goes on in cid 1
collected: 1
main: coroutine 1 yielded
resumed
live: []
