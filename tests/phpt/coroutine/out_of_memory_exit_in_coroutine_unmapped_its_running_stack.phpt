--TEST--
Study\Coroutine: PHP's out-of-memory exit() with the system allocator, called on a coroutine's stack, ends the process with status 1 as in the main script (the exit handlers unmapped the shared stack they ran on and crashed)
--EXTENSIONS--
study
--SKIPIF--
<?php
// Under valgrind (run-tests -m, which sets USE_ZEND_ALLOC=0) the children are traced too, and PHP's exit(1) from its
// out-of-memory path leaves PHP's own start-up memory unfreed: valgrind reports that as lost, although none of it is
// study's. The plain, JIT and ASan passes run this test.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip the child exit(1)s on purpose, which valgrind reports as PHP leaking');
?>
--INI--
pcre.jit=0
--FILE--
<?php
// pcre.jit=0: valgrind reports PCRE's JIT-compiled code as reading uninitialised memory.
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$so = $m[1];

function run_php(string $so, string $code): array {
    $file = tempnam(sys_get_temp_dir(), 'study');
    file_put_contents($file, "<?php\n$code\necho \"[after]\\n\";\n");
    // With the system allocator a failed allocation is not PHP's memory-limit fatal error: PHP prints
    // "Out of memory" and calls exit(1) from C, wherever it is, here on the coroutine's stack.
    $env = ['USE_ZEND_ALLOC' => '0'] + getenv();
    $proc = proc_open([PHP_BINARY, '-n', '-d', "extension=$so", $file], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
        $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_contains($out, "Out of memory") ? "Out of memory" : $out];
}

$huge = 'echo "[before]\n"; $s = str_repeat("x", 1 << 62); echo strlen($s), "\n";';
var_dump(run_php($so, $huge));
var_dump(run_php($so, "Study\\Coroutine::create(function () { $huge });"));
var_dump(run_php($so, "Study\\Coroutine::create(function () { Study\\Coroutine::sleep(0.001); $huge });"));
?>
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(13) "Out of memory"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(13) "Out of memory"
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(13) "Out of memory"
}
