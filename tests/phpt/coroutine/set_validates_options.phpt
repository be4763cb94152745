--TEST--
Study\Coroutine::set(): unknown options and out-of-range values are ValueErrors, non-int values TypeErrors, and a rejected call changes nothing
--EXTENSIONS--
study
--FILE--
<?php
function try_set(mixed $options): void {
    try {
        Sco::set($options);
        echo "accepted\n";
    } catch (Throwable $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try_set(['foo' => 1]);
try_set(['stack_size' => 'x', 'foo' => 1]);
try_set(['stack_size' => '1M']);
try_set(['stack_size' => 1.5]);
try_set(['stack_size' => true]);
try_set(['max_coroutines' => null]);
try_set(['max_coroutines' => '10']);
try_set(['stack_size' => 65535]);
try_set(['stack_size' => 536870913]);
try_set(['stack_size' => -1]);
try_set(['stack_size' => PHP_INT_MAX]);
try_set(['max_coroutines' => -1]);
try_set(['max_coroutines' => PHP_INT_MIN]);
try_set('stack_size');
try {
    Sco::set([0 => 65536]);
} catch (ValueError $e) {
    echo "integer key: ", get_class($e), ", lists the known options: ",
        var_export(str_contains($e->getMessage(), 'known options are stack_size and max_coroutines'), true), "\n";
}
// Validated as a whole: a good option next to a bad one is not applied.
try_set(['max_coroutines' => 7, 'stack_size' => 1]);
try_set(['stack_size' => 131072, 'bar' => 2]);
$s = Sco::stats();
echo "unchanged: stack={$s['c_stack_size']} max={$s['max_coroutines']}\n";
try_set([]);
try_set(['stack_size' => 65536, 'max_coroutines' => 0]);
try_set(['stack_size' => 536870912, 'max_coroutines' => PHP_INT_MAX]);
$s = Sco::stats();
echo "changed: stack={$s['c_stack_size']} max=", var_export($s['max_coroutines'] === PHP_INT_MAX, true), "\n";
// Works the same inside a coroutine.
Sgo(function () {
    try_set(['nope' => 1]);
    try_set(['max_coroutines' => 0]);
});
?>
--EXPECT--
ValueError: Study\Coroutine::set(): Argument #1 ($options) has an unknown option "foo"; known options are stack_size and max_coroutines
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be of type int, string given
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be of type int, string given
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be of type int, float given
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be of type int, bool given
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "max_coroutines" must be of type int, null given
TypeError: Study\Coroutine::set(): Argument #1 ($options) option "max_coroutines" must be of type int, string given
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be between 65536 and 536870912 bytes
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be between 65536 and 536870912 bytes
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be between 65536 and 536870912 bytes
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be between 65536 and 536870912 bytes
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "max_coroutines" must be 0 (no limit) or more
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "max_coroutines" must be 0 (no limit) or more
TypeError: Study\Coroutine::set(): Argument #1 ($options) must be of type array, string given
integer key: ValueError, lists the known options: true
ValueError: Study\Coroutine::set(): Argument #1 ($options) option "stack_size" must be between 65536 and 536870912 bytes
ValueError: Study\Coroutine::set(): Argument #1 ($options) has an unknown option "bar"; known options are stack_size and max_coroutines
unchanged: stack=2097152 max=0
accepted
accepted
accepted
changed: stack=536870912 max=true
ValueError: Study\Coroutine::set(): Argument #1 ($options) has an unknown option "nope"; known options are stack_size and max_coroutines
accepted
