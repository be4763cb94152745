--TEST--
Study\Coroutine: a coroutine that overflows its C stack runs into the guard area below its shared stack, not into the frames of other coroutines: the process ends with the stack-size fatal error (status 255), never with another coroutine silently damaged
--EXTENSIONS--
study
--SKIPIF--
<?php
// The children that overflow end on purpose with _exit(255) from the SIGSEGV handler, without PHP's shutdown.
// Valgrind traces the children into this test's log, and its leak check reports the whole of PHP's startup
// allocations as lost there.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip children end without shutdown on purpose; not under valgrind');
?>
--INI--
pcre.jit=0
--FILE--
<?php
// PHP 8.2 has no stack limit check of its own, so recursion through internal callbacks (array_map calling back into
// PHP) grows the C stack until it hits the guard area of the shared stack. What must never happen is the overflow
// writing into the frames of other, suspended coroutines on a neighbouring stack: the overflowing coroutine would
// then finish as if nothing happened and the damage would show up later, in coroutines that did nothing wrong.
// The child PHP loads the same study.so as this process and, in the JIT pass, the same opcache settings.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$cmd = [getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', "extension={$m[1]}", '-d', 'display_errors=1', '-d', 'log_errors=0'];
if (function_exists('opcache_get_status') && opcache_get_status() !== false) {
    // OPcache is built into PHP 8.5 (loading it again fails).
    if (PHP_VERSION_ID < 80500) {
        array_push($cmd, '-d', 'zend_extension=opcache');
    }
    array_push($cmd, '-d', 'opcache.enable_cli=1',
        '-d', 'opcache.jit=' . ini_get('opcache.jit'), '-d', 'opcache.jit_buffer_size=' . ini_get('opcache.jit_buffer_size'));
}
if (ini_get('zend.max_allowed_stack_size') !== false) {
    // PHP 8.3+ checks its own stack limit first and throws an Error before the guard is reached (see
    // deep_recursion_in_coroutine_throws_catchable_stack_error); with the check off, this tests the guard, as on 8.2.
    array_push($cmd, '-d', 'zend.max_allowed_stack_size=-1');
}
$child = <<<'PHP'
<?php
Sco::set(['stack_size' => 65536]);
function recurse(int $n): int {
    return $n === 0 ? 0 : array_sum(array_map(fn($x) => recurse($n - 1), [1])) + 1;
}
$intact = 0;
// Each keeps a local and is suspended inside an internal callback, so it has C frames on its stack too.
$keeper = function (int $i) use (&$intact) {
    $local = str_repeat("intact $i ", 3);
    $mapped = array_map(function (int $x) use ($i): int {
        Sco::yield();
        return $x * $i;
    }, [7]);
    if ($local === str_repeat("intact $i ", 3) && $mapped === [7 * $i]) {
        $intact++;
    } else {
        echo "coroutine $i damaged\n";
    }
};
$depth = (int) $argv[1];
// Coroutines created before and after B: their stacks are mapped next to B's, and with more coroutines than shared
// stacks some of them have their frames copied off to the heap.
$others = [];
for ($i = 0; $i < 10; $i++) {
    $others[] = Sgo($keeper, $i);
}
$b = Sgo(function () use ($depth) {
    Sco::yield();
    $result = recurse($depth);
    echo "B finished: $result\n";
});
for ($i = 10; $i < 30; $i++) {
    $others[] = Sgo($keeper, $i);
}
Sco::resume($b);
foreach ($others as $cid) {
    Sco::resume($cid);
}
echo "others intact: $intact\nend\n";
PHP;
$file = tempnam(sys_get_temp_dir(), 'study');
file_put_contents($file, $child);
foreach ([20, 105, 110, 150, 200, 400, 2000] as $depth) {
    $proc = proc_open([...$cmd, $file, (string) $depth], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    // Completed: B returned the right result and every other coroutine resumed intact.
    $completed = $status === 0 && $out === "B finished: $depth\nothers intact: 30\nend\n" && $err === '';
    // Stopped: the fatal error for the stack size, and nothing of B's or the others' results.
    $fatal = $status === 255 && $err === ''
        && preg_match("~^\nFatal error: Maximum C stack size of 65536 bytes reached in coroutine 11 \(infinite recursion\?\); raise study\.stack_size or call Study\\\\Coroutine::set\(\['stack_size' => N\]\)\n$~", $out) === 1;
    $outcome = $completed ? 'completed' : ($fatal ? 'fatal error' : 'neither');
    if ($depth === 20 || $depth === 2000) {
        echo "depth $depth: $outcome\n";
    } else {
        // Where the 64K run out depends on the build and the JIT; either outcome is clean.
        echo "depth $depth: ", $completed || $fatal ? "completed or fatal error" : "neither", "\n";
    }
    if (!$completed && !$fatal) {
        echo "  status $status, stdout: ", json_encode($out), ", stderr: ", json_encode($err), "\n";
    }
}
unlink($file);
?>
--EXPECT--
depth 20: completed
depth 105: completed or fatal error
depth 110: completed or fatal error
depth 150: completed or fatal error
depth 200: completed or fatal error
depth 400: completed or fatal error
depth 2000: fatal error
