--TEST--
Study\Coroutine: unbounded recursion through internal calls (array_map, a __get chain) on a 64K coroutine stack hits the guard area and ends the process with a fatal error naming the coroutine and the stack size, exit status 255
--EXTENSIONS--
study
--SKIPIF--
<?php
// The children end on purpose with _exit(255) from the SIGSEGV handler, without PHP's shutdown. Valgrind traces the
// children into this test's log, and its leak check reports the whole of PHP's startup allocations as lost there.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip children end without shutdown on purpose; not under valgrind');
?>
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process and, in the JIT pass, the same opcache settings.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$php = getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY;
$base = [$php, '-n', '-d', "extension={$m[1]}"];
if (function_exists('opcache_get_status') && opcache_get_status() !== false) {
    // OPcache is built into PHP 8.5 (loading it again fails).
    if (PHP_VERSION_ID < 80500) {
        array_push($base, '-d', 'zend_extension=opcache');
    }
    array_push($base, '-d', 'opcache.enable_cli=1',
        '-d', 'opcache.jit=' . ini_get('opcache.jit'), '-d', 'opcache.jit_buffer_size=' . ini_get('opcache.jit_buffer_size'));
}
if (ini_get('zend.max_allowed_stack_size') !== false) {
    // PHP 8.3+ checks its own stack limit first and throws an Error before the guard is reached (see
    // deep_recursion_in_coroutine_throws_catchable_stack_error); with the check off, this tests the guard, as on 8.2.
    array_push($base, '-d', 'zend.max_allowed_stack_size=-1');
}

function run_child(array $base, string $code, array $ini = []): array {
    $file = tempnam(sys_get_temp_dir(), 'study');
    file_put_contents($file, "<?php\n$code\n");
    $cmd = $base;
    foreach ($ini + ['display_errors' => '1', 'log_errors' => '0'] as $name => $value) {
        array_push($cmd, '-d', "$name=$value");
    }
    $cmd[] = $file;
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, $out, $err];
}

function report(string $label, array $result): void {
    [$status, $out, $err] = $result;
    echo "$label: status $status\n";
    echo "  stdout: ", json_encode($out, JSON_UNESCAPED_SLASHES), "\n";
    echo "  stderr: ", json_encode($err, JSON_UNESCAPED_SLASHES), "\n";
}

$arrayMap = <<<'PHP'
function recurse(int $n): int {
    return array_sum(array_map(fn($x) => recurse($n + 1), [1])) + 1;
}
echo "before\n";
Sgo(function () {
    echo "in coroutine ", Sco::getCid(), "\n";
    recurse(0);
    echo "not reached\n";
});
echo "not reached either\n";
PHP;

$getChain = <<<'PHP'
class Chain {
    public function __get(string $name) {
        // Every property read of a new object calls __get again, from C, one level deeper.
        return (new Chain())->$name;
    }
}
echo "before\n";
$outer = Sgo(function () {
    Sco::yield();
    Sgo(function () {
        echo "in coroutine ", Sco::getCid(), "\n";
        return (new Chain())->value;
    });
});
Sco::resume($outer);
PHP;

// Study\Coroutine::set(['stack_size' => 65536]) before creating the coroutines.
report("array_map recursion", run_child($base, "Sco::set(['stack_size' => 65536]);\n$arrayMap"));
// The same with the INI setting, in a nested coroutine (id 2).
report("__get chain", run_child($base, $getChain, ['study.stack_size' => '64K']));
// The error goes where PHP's fatal errors go: the log (stderr in the CLI) with display_errors off ...
report("logged only", run_child($base, "Sco::set(['stack_size' => 65536]);\n$arrayMap", ['display_errors' => '0', 'log_errors' => '1']));
// ... both when both are on.
[$status, $out, $err] = run_child($base, "Sco::set(['stack_size' => 65536]);\n$arrayMap", ['log_errors' => '1']);
echo "displayed and logged: status $status, stdout has it: ", var_export(str_contains($out, "\nFatal error: Maximum C stack size of 65536 bytes"), true),
    ", stderr has it: ", var_export(str_starts_with($err, "PHP Fatal error:  Maximum C stack size of 65536 bytes"), true), "\n";

// Bounded recursion that does not fit into 64K runs to the end on a bigger stack, as the message advises.
$bounded = <<<'PHP'
function recurse(int $n): int {
    return $n === 0 ? 0 : array_sum(array_map(fn($x) => recurse($n - 1), [1])) + 1;
}
Sgo(function () { echo "depth: ", recurse(1000), "\n"; });
PHP;
[$status, $out] = run_child($base, "Sco::set(['stack_size' => 65536]);\n$bounded");
echo "1000 levels on 64K: status $status, ", str_contains($out, "Maximum C stack size of 65536 bytes reached in coroutine 1") ? "stack size reached" : "output: $out", "\n";
[$status, $out] = run_child($base, "Sco::set(['stack_size' => 8 * 1024 * 1024]);\n$bounded");
echo "1000 levels on 8M: status $status, output: $out";
?>
--EXPECT--
array_map recursion: status 255
  stdout: "before\nin coroutine 1\n\nFatal error: Maximum C stack size of 65536 bytes reached in coroutine 1 (infinite recursion?); raise study.stack_size or call Study\\Coroutine::set(['stack_size' => N])\n"
  stderr: ""
__get chain: status 255
  stdout: "before\nin coroutine 2\n\nFatal error: Maximum C stack size of 65536 bytes reached in coroutine 2 (infinite recursion?); raise study.stack_size or call Study\\Coroutine::set(['stack_size' => N])\n"
  stderr: ""
logged only: status 255
  stdout: "before\nin coroutine 1\n"
  stderr: "PHP Fatal error:  Maximum C stack size of 65536 bytes reached in coroutine 1 (infinite recursion?); raise study.stack_size or call Study\\Coroutine::set(['stack_size' => N])\n"
displayed and logged: status 255, stdout has it: true, stderr has it: true
1000 levels on 64K: status 255, stack size reached
1000 levels on 8M: status 0, output: depth: 1000
