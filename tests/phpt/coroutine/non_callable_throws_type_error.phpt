--TEST--
Study\Coroutine: a non-callable or a wrongly typed argument gives PHP's TypeError/ArgumentCountError and creates nothing
--EXTENSIONS--
study
--FILE--
<?php
class P {
    private function priv() {}
    public function pub() {}
}
function attempt(callable $call): void {
    try {
        $call();
        echo "no error\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt(fn() => Sgo(123));
attempt(fn() => Sgo('no_such_function'));
attempt(fn() => Sgo([new P, 'priv']));
attempt(fn() => Sgo(['P', 'pub']));
attempt(fn() => Sgo('P::nope'));
attempt(fn() => Sgo([]));
attempt(fn() => Sgo());
attempt(fn() => study_coroutine_create(null));
attempt(fn() => Sco::create('nope'));
attempt(fn() => Sco::resume('x'));
attempt(fn() => Sco::resume());
attempt(fn() => Sco::getPcid('x'));
attempt(fn() => Sco::isExist([]));
attempt(fn() => Sco::getBackTrace('x'));
attempt(fn() => Sco::yield(1));
attempt(fn() => Sco::list(true, 1));
attempt(fn() => Sco::stats(1));
attempt(fn() => Sco::getCid(1));
attempt(fn() => Sco::set());
Sgo(function () {
    attempt(fn() => Sco::defer('nope'));
    attempt(fn() => Sco::defer());
    attempt(fn() => Sgo(42));
});
// Nothing was created except the coroutine above, which ended.
var_dump(Sco::list(), Sco::stats()['coroutine_last_cid']);
?>
--EXPECT--
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, no array or string given
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, cannot access private method P::priv()
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, non-static method P::pub() cannot be called statically
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, class P does not have a method "nope"
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, array callback must have exactly two members
ArgumentCountError: Sgo() expects at least 1 argument, 0 given
TypeError: study_coroutine_create(): Argument #1 ($func) must be a valid callback, no array or string given
TypeError: Study\Coroutine::create(): Argument #1 ($func) must be a valid callback, function "nope" not found or invalid function name
TypeError: Study\Coroutine::resume(): Argument #1 ($cid) must be of type int, string given
ArgumentCountError: Study\Coroutine::resume() expects exactly 1 argument, 0 given
TypeError: Study\Coroutine::getPcid(): Argument #1 ($cid) must be of type ?int, string given
TypeError: Study\Coroutine::isExist(): Argument #1 ($cid) must be of type int, array given
TypeError: Study\Coroutine::getBackTrace(): Argument #1 ($cid) must be of type int, string given
ArgumentCountError: Study\Coroutine::yield() expects exactly 0 arguments, 1 given
ArgumentCountError: Study\Coroutine::list() expects at most 1 argument, 2 given
ArgumentCountError: Study\Coroutine::stats() expects exactly 0 arguments, 1 given
ArgumentCountError: Study\Coroutine::getCid() expects exactly 0 arguments, 1 given
ArgumentCountError: Study\Coroutine::set() expects exactly 1 argument, 0 given
TypeError: Study\Coroutine::defer(): Argument #1 ($fn) must be a valid callback, function "nope" not found or invalid function name
ArgumentCountError: Study\Coroutine::defer() expects exactly 1 argument, 0 given
TypeError: Sgo(): Argument #1 ($func) must be a valid callback, no array or string given
array(0) {
}
int(1)
