--TEST--
Study\Coroutine: the process exit status and output of exit(N), uncaught exceptions and fatal errors in a coroutine are those of the same code in the main script
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
    file_put_contents($file, "<?php\nregister_shutdown_function(function () { echo \"[shutdown]\\n\"; });\n$code\necho \"[after]\\n\";\n");
    // fatal_error_backtraces (PHP 8.5+, on by default) would add the backtrace of the fatal error, which differs
    // between the main script and a coroutine by the coroutine's frames; the point here is status and message.
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0',
        '-d', 'fatal_error_backtraces=0', $file];
    // Under valgrind the children are traced too; tracked allocations keep PHP's own leaks after a fatal error out of
    // the report.
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

$cases = [
    'exit(7)' => 'exit(7);',
    'exit("bye")' => 'exit("bye\n");',
    'uncaught exception' => 'throw new Exception("boom");',
    'E_USER_ERROR' => 'trigger_error("fatal", E_USER_ERROR);',
    'handled by set_exception_handler' =>
        'set_exception_handler(function ($e) { echo "handler\n"; }); throw new Exception("handled");',
];
foreach ($cases as $name => $code) {
    [$mainStatus, $mainOut] = run_php($so, $code);
    // The same statement on line 3, inside a coroutine that first yields once.
    [$coStatus, $coOut] = run_php($so, "\$c = Sgo(function () { Sco::yield(); $code });\nSco::resume(\$c);");
    // Only the stack trace differs: the coroutine adds its own frames.
    $strip = fn(string $s) => preg_replace('/\nStack trace:\n(#.*\n)+/', "\nStack trace: ...\n", $s);
    echo "$name: status $coStatus", $coStatus === $mainStatus ? "" : " (main script: $mainStatus)",
        ", output ", $strip($coOut) === $strip($mainOut) ? "same" : "differs:\n--- main\n$mainOut--- coroutine\n$coOut", "\n";
    echo $strip($coOut);
}
?>
--EXPECTF--
exit(7): status 7, output same
[shutdown]
exit("bye"): status 0, output same
bye
[shutdown]
uncaught exception: status 255, output same

Fatal error: Uncaught Exception: boom in FILE:3
Stack trace: ...
  thrown in FILE on line 3
[shutdown]
E_USER_ERROR: status 255, output same
%r(\nDeprecated: Passing E_USER_ERROR to trigger_error\(\) is deprecated[^\n]*\n)?%r
Fatal error: fatal in FILE on line 3
[shutdown]
handled by set_exception_handler: status 0, output same
handler
[shutdown]
