--TEST--
Study\Coroutine: destructors run in the coroutine that drops the last reference and when a coroutine ends (locals, arguments)
--EXTENSIONS--
study
--FILE--
<?php
class Tracked {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name} in cid ", Sco::getCid(), "\n";
    }
}

echo "-- last reference dropped inside a coroutine\n";
$shared = new Tracked('shared');
$a = Sgo(function () use (&$shared) {
    Sco::yield();
    $shared = null;
    echo "after dropping it\n";
});
Sco::resume($a);

echo "-- locals die when the coroutine ends\n";
$b = Sgo(function () {
    $local = new Tracked('local');
    Sco::yield();
    echo "returning\n";
});
Sco::resume($b);
echo "main: after resume\n";

echo "-- an argument is released when the coroutine ends\n";
$arg = new Tracked('argument');
$c = Sgo(function (Tracked $arg) {
    echo "using {$arg->name}\n";
    Sco::yield();
}, $arg);
unset($arg);
echo "main: the coroutine holds the last reference\n";
Sco::resume($c);
echo "main: after resume\n";
$d = Sgo(function (Tracked $arg) { Sco::yield(); }, new Tracked('temporary argument'));
echo "main: after Sgo\n";
Sco::resume($d);
echo "main: after resume\n";
// Here the caller's temporary outlives the coroutine, so the main script drops the last reference.
Sgo(function (Tracked $arg) {}, new Tracked('argument of a coroutine that never yields'));
echo "main: after Sgo\n";

?>
--EXPECT--
-- last reference dropped inside a coroutine
destroy shared in cid 1
after dropping it
-- locals die when the coroutine ends
returning
destroy local in cid 2
main: after resume
-- an argument is released when the coroutine ends
using argument
main: the coroutine holds the last reference
destroy argument in cid 3
main: after resume
main: after Sgo
destroy temporary argument in cid 4
main: after resume
destroy argument of a coroutine that never yields in cid -1
main: after Sgo
