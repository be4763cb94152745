--TEST--
Shutdown functions registered after the first coroutine or timer still run when an uncaught exception or exit() in a timer callback or a woken coroutine ends the loop that runs at the end of the script, also when no other coroutine is left to destroy
--EXTENSIONS--
study
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
    file_put_contents($file, "<?php\n$code\nregister_shutdown_function(function () { echo \"[shutdown function]\\n\"; });\n");
    $cmd = [getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0', $file];
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

$cases = [
    'exception in after()' => 'Study\Timer::after(0.005, function () { throw new RuntimeException("from the timer"); });',
    'exception in tick()' => 'Study\Timer::tick(0.005, function () { throw new RuntimeException("from the tick"); });',
    'exit(3) in after()' => 'Study\Timer::after(0.005, function () { exit(3); });',
    'exit(4) in a woken coroutine' => 'Sgo(function () { Sco::sleep(0.005); exit(4); });',
    'exception in a woken coroutine' => 'Sgo(function () { Sco::sleep(0.005); throw new LogicException("after the sleep"); });',
    // The same with another coroutine left to destroy.
    'exit(5) in after(), a yielded coroutine left' => 'Sgo(function () { try { Sco::yield(); } finally { echo "[finally]\n"; } }); Study\Timer::after(0.005, function () { exit(5); });',
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, $code);
    echo "$name: status $status\n", preg_replace('/\nStack trace:\n(#.*\n)+/', "\nStack trace: ...\n", $out);
}
?>
--EXPECT--
exception in after(): status 255

Fatal error: Uncaught RuntimeException: from the timer in FILE:2
Stack trace: ...
  thrown in FILE on line 2
[shutdown function]
exception in tick(): status 255

Fatal error: Uncaught RuntimeException: from the tick in FILE:2
Stack trace: ...
  thrown in FILE on line 2
[shutdown function]
exit(3) in after(): status 3
[shutdown function]
exit(4) in a woken coroutine: status 4
[shutdown function]
exception in a woken coroutine: status 255

Fatal error: Uncaught LogicException: after the sleep in FILE:2
Stack trace: ...
  thrown in FILE on line 2
[shutdown function]
exit(5) in after(), a yielded coroutine left: status 5
[finally]
[shutdown function]
