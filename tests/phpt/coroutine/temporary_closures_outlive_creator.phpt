--TEST--
Study\Coroutine: a closure that only the coroutine references (a temporary, a returned closure, a bound $this) stays alive while it is suspended
--EXTENSIONS--
study
--FILE--
<?php
class Owner {
    public array $log = [];
    public function __construct(public string $name) {}
    public function __destruct() { echo "Owner {$this->name} destroyed\n"; }
    public function start(): int {
        // The closure binds $this; nothing else keeps this object alive.
        return Sgo(function () {
            $this->log[] = "start";
            Sco::yield();
            $this->log[] = "resumed";
            echo "{$this->name}: ", implode(',', $this->log), "\n";
        });
    }
}

// A closure returned by a closure, both temporaries.
$a = Sgo((fn() => fn() => [printf("A: start\n"), Sco::yield(), printf("A: resumed\n")])());
// A closure produced by a factory whose captured variables exist only in it.
function factory(string $tag): Closure {
    $data = str_repeat($tag, 3);
    return function () use ($data) {
        Sco::yield();
        echo "B: $data\n";
    };
}
$b = Sgo(factory('x'));
$c = (new Owner('c'))->start();
// A closure created inside a coroutine and run by a nested coroutine that outlives its parent.
$d = Sgo(function () {
    $secret = 'from parent';
    return Sgo(static function () use ($secret) {
        Sco::yield();
        echo "E: $secret, parent exists: ", var_export(Sco::exists(Sco::getPcid()), true), "\n";
    });
});
gc_collect_cycles();
// Fill memory that freed closures would be reused for.
$noise = [];
for ($i = 0; $i < 1000; $i++) {
    $noise[] = function () use ($i) { return $i; };
}
echo "main: live ", json_encode(Sco::list()), "\n";
Sco::resume($a);
Sco::resume($b);
Sco::resume($c);
Sco::resume(5);
echo "main: live ", json_encode(Sco::list()), "\n";
?>
--EXPECT--
A: start
main: live [1,2,3,5]
A: resumed
B: xxx
c: start,resumed
Owner c destroyed
E: from parent, parent exists: false
main: live []
