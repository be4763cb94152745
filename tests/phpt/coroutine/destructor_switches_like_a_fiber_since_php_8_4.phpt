--TEST--
Study\Coroutine: since PHP 8.4, which lets a Fiber switch inside a destructor, a destructor in a coroutine may yield, create coroutines, wait in a channel and cancel, as any code may (also a destructor the cycle collector runs: a collection meanwhile is put off until it returns)
--EXTENSIONS--
study
--SKIPIF--
<?php if (PHP_VERSION_ID < 80400) die("skip PHP before 8.4 forbids switching in destructors (see destructor_cannot_switch_before_php_8_4.phpt)"); ?>
--FILE--
<?php
use Study\Coroutine\Channel;

class Switching {
    public $self;
    public function __construct(public string $name, public ?Channel $chan = null) {}
    public function __destruct() {
        echo "{$this->name}: __destruct in cid ", Sco::getCid(), "\n";
        if ($this->chan === null) {
            Sgo(function () { echo "{$this->name}: a coroutine created in a destructor runs\n"; });
            Sco::yield();
        } else {
            var_dump($this->chan->pop());
        }
        echo "{$this->name}: __destruct ends in cid ", Sco::getCid(), "\n";
    }
}
$chan = new Channel(0);
$yielder = Sgo(function () {
    $o = new Switching('unset');
    unset($o);
    echo "after unset\n";
});
echo "main: coroutine $yielder yielded in a destructor\n";
Sco::resume($yielder);

Sgo(function () use ($chan) {
    $o = new Switching('cycle', $chan);
    $o->self = $o;
    unset($o);
    $collected = gc_collect_cycles();
    echo "collected: $collected\n";
});
Sgo(function () use ($chan) {
    $chan->push('to the destructor');
    echo "pushed\n";
});
$sleeper = Sgo(function () {
    try {
        Sco::sleep(10);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "sleeper canceled\n";
    }
});
class Canceler {
    public function __construct(public int $cid) {}
    public function __destruct() { var_dump(Sco::cancel($this->cid)); }
}
$canceler = new Canceler($sleeper);
unset($canceler);
Sco::join(Sco::list());
echo "live: ", json_encode(Sco::list()), "\n";
?>
--EXPECT--
unset: __destruct in cid 1
unset: a coroutine created in a destructor runs
main: coroutine 1 yielded in a destructor
unset: __destruct ends in cid 1
after unset
cycle: __destruct in cid 3
pushed
sleeper canceled
bool(true)
string(17) "to the destructor"
cycle: __destruct ends in cid 3
collected: 1
live: []
