--TEST--
Study\Coroutine: yield() and defer() outside a coroutine throw Study\Coroutine\Error with a message that says what to do
--EXTENSIONS--
study
--FILE--
<?php
var_dump(is_subclass_of(Study\Coroutine\Error::class, Error::class));
var_dump((new ReflectionClass(Study\Coroutine\Error::class))->getParentClass()->getName());

try {
    Sco::yield();
} catch (Study\Coroutine\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    Study\Coroutine::defer(function () { echo "never runs\n"; });
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// The same after coroutines have run and ended, and while one is suspended.
Sgo(function () {});
$suspended = Sgo(function () { Sco::yield(); });
try {
    Sco::yield();
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Sco::defer('var_dump');
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
// The APIs that work outside coroutines.
var_dump(Sco::getCid(), Sco::getPcid());
Sco::resume($suspended);
var_dump(Sco::list());
// An uncaught one ends the script like any Error.
Sco::yield();
echo "not reached\n";
?>
--EXPECTF--
bool(true)
string(5) "Error"
Study\Coroutine\Error: Study\Coroutine::yield() can only be called inside a coroutine; start one with Sgo()
Study\Coroutine\Error: Study\Coroutine::defer() can only be called inside a coroutine; use register_shutdown_function() or try/finally in the main script
Study\Coroutine::yield() can only be called inside a coroutine; start one with Sgo()
Study\Coroutine::defer() can only be called inside a coroutine; use register_shutdown_function() or try/finally in the main script
int(-1)
int(-1)
array(0) {
}

Fatal error: Uncaught Study\Coroutine\Error: Study\Coroutine::yield() can only be called inside a coroutine; start one with Sgo() in %s:33
Stack trace:
#0 %s(33): Study\Coroutine::yield()
#1 {main}
  thrown in %s on line 33
