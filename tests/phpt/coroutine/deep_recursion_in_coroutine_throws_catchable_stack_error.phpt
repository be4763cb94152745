--TEST--
Study\Coroutine: on PHP 8.3+, unbounded recursion in a coroutine ends with the engine's catchable "Maximum call stack size" Error, measured on the coroutine's own shared stack, with most of even a 64 KiB stack usable (not 16 KiB), and the coroutine and the others go on
--EXTENSIONS--
study
--SKIPIF--
<?php
if (ini_get('zend.max_allowed_stack_size') === false) die('skip PHP 8.2 has no stack-limit check of its own (the guard area ends such recursion: c_stack_overflow_*)');
?>
--INI--
zend.max_allowed_stack_size=0
opcache.jit=disable
--FILE--
<?php
// Without the JIT: the tracing JIT compiles a hot trace on the C stack wherever the recursion is when it gets hot,
// and compiling needs more than the quarter of a 64 KiB stack kept below the limit; it then ends in the guard's
// fatal error (c_stack_overflow_*). The default 2 MiB stack keeps the engine's full reserve, as a Fiber does.
// Recursion through an internal function: each level enters the executor again on the C stack.
function recurse(int $n): int {
    return array_sum(array_map(fn($x) => recurse($n + 1), [1])) + 1;
}

// The limit the engine reports, in bytes, and how deep the recursion got before it.
function probe(): array {
    $depth = 0;
    $deepen = function (int $n) use (&$deepen, &$depth): int {
        $depth = $n;
        return array_sum(array_map(fn($x) => $deepen($n + 1), [1]));
    };
    try {
        $deepen(0);
        return [0, $depth, 'no error'];
    } catch (Error $e) {
        preg_match('/^Maximum call stack size of (\d+) bytes/', $e->getMessage(), $m) or print("unexpected: {$e->getMessage()}\n");
        return [(int)($m[1] ?? 0), $depth, get_class($e)];
    }
}

Sco::set(['stack_size' => 65536]);
$results = [];
$other = Sgo(function () use (&$results) {
    Sco::yield();
    $results[] = 'other coroutine resumed after the overflow';
});
Sgo(function () use (&$results) {
    [$limit, $depth, $class] = probe();
    // A quarter of a small stack at most is kept for C code below the limit; the rest is PHP's.
    $results[] = "64K stack: $class, limit $limit bytes" . ($limit >= 48 * 1024 && $limit < 64 * 1024 ? ' (at least 3/4 of the stack)' : ' (TOO SMALL)');
    $results[] = 'still running in the same coroutine, depth reached ' . ($depth > 20 ? 'more than 20' : $depth);
    // The coroutine's later calls work normally, the limit does not stick.
    $results[] = 'recursion of 10 after it: ' . (function () { $f = function ($n) use (&$f) { return $n === 0 ? 0 : array_sum(array_map(fn() => $f($n - 1), [1])) + 1; }; return $f(10); })();
});
Sco::resume($other);

// The default stack (2 MiB): the engine keeps its own reserve, as for a Fiber.
Sco::set(['stack_size' => 2 * 1024 * 1024]);
Sgo(function () use (&$results) {
    [$limit, , $class] = probe();
    $results[] = "2M stack: $class, limit " . ($limit > 2 * 1024 * 1024 - 256 * 1024 && $limit < 2 * 1024 * 1024 ? 'close to 2 MiB' : "$limit bytes (WRONG)");
});

// An uncaught one ends the script like any uncaught Error.
echo implode("\n", $results), "\n";
Sco::set(['stack_size' => 65536]);
Sgo(fn() => recurse(0));
echo "not reached\n";
?>
--EXPECTF--
64K stack: Error, limit 49152 bytes (at least 3/4 of the stack)
still running in the same coroutine, depth reached more than 20
recursion of 10 after it: 10
other coroutine resumed after the overflow
2M stack: Error, limit close to 2 MiB

Fatal error: Uncaught Error: Maximum call stack size of 49152 bytes %sreached%s
Stack trace:
%A
