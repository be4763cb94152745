--TEST--
An uncaught exception or exit() in a timer callback ends the script at once: other timers and sleeps that were due in the same turn of the loop (the main script kept the loop from running until all were overdue) do not run any more, and the exception is reported once
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
    $prelude = 'function work(float $s) { $end = hrtime(true) + (int) ($s * 1e9); while (hrtime(true) < $end); }';
    file_put_contents($file, "<?php\n$prelude\n$code\n");
    $cmd = [getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0', $file];
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

// Every case: a timer at 0.005 s that ends the script, then a timer, a tick and a sleeper due at 0.01-0.02 s; the
// main script works for 0.03 s, so all are overdue when the loop runs at the end of the script.
$later = 'Study\Timer::after(0.01, function () { echo "later timer: not reached\n"; });
Study\Timer::tick(0.015, function () { echo "tick: not reached\n"; });
Sgo(function () { Sco::sleep(0.02); echo "sleeper: not reached\n"; });
work(0.03);
echo "main: end\n";';
$cases = [
    'uncaught exception in after()' => 'Study\Timer::after(0.005, function () { throw new RuntimeException("from the timer"); });',
    'uncaught exception in tick()' => 'Study\Timer::tick(0.005, function () { throw new RuntimeException("from the tick"); });',
    'exit(7) in after()' => 'Study\Timer::after(0.005, function () { exit(7); });',
    'exit(8) in tick()' => 'Study\Timer::tick(0.005, function () { exit(8); });',
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, "$code\n$later");
    echo "$name: status $status\n", preg_replace('/\nStack trace:\n(#.*\n)+/', "\nStack trace: ...\n", $out);
}
?>
--EXPECT--
uncaught exception in after(): status 255
main: end

Fatal error: Uncaught RuntimeException: from the timer in FILE:3
Stack trace: ...
  thrown in FILE on line 3
uncaught exception in tick(): status 255
main: end

Fatal error: Uncaught RuntimeException: from the tick in FILE:3
Stack trace: ...
  thrown in FILE on line 3
exit(7) in after(): status 7
main: end
exit(8) in tick(): status 8
main: end
