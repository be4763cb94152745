--TEST--
Exit status of scripts whose end is decided by the loop: 0 when the loop drains and after a deadlock report, the given status for exit() in the main script with a tick pending and for exit() in a woken coroutine, 255 for an uncaught exception in a timer callback or a woken coroutine; the process never hangs on a pending tick after exit()
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
    file_put_contents($file, "<?php\n$code\n");
    $cmd = [getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0', $file];
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
    'loop drains' => 'Study\Timer::after(0.001, function () { echo "timer\n"; }); Sgo(function () { Sco::sleep(0.02); echo "woke\n"; });',
    'exit(3) with a tick pending' => 'Study\Timer::tick(0.005, function () {}); Sgo(function () { Sco::sleep(0.05); }); Sco::sleep(0.01); exit(3);',
    'exit(5) in a woken coroutine' => 'Study\Timer::tick(0.005, function () {}); Sgo(function () { Sco::sleep(0.01); exit(5); });',
    'exit(6) in a timer callback' => 'Study\Timer::tick(0.005, function () { exit(6); });',
    'exception in a timer callback' => 'Study\Timer::tick(0.005, function () { throw new RuntimeException("from the tick"); });',
    'exception in a woken coroutine' => 'Sgo(function () { Sco::sleep(0.01); throw new LogicException("after the sleep"); });',
    'deadlock at the end' => 'Sgo(function () { Sco::yield(); });',
    'deadlock in a main join' => '$c = Sgo(function () { Sco::yield(); }); Sco::join([$c]); echo "not reached\n";',
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, $code);
    echo "$name: status $status\n", preg_replace('/\nStack trace:\n(#.*\n)+/', "\nStack trace: ...\n", $out);
}
?>
--EXPECTF--
loop drains: status 0
timer
woke
exit(3) with a tick pending: status 3
exit(5) in a woken coroutine: status 5
exit(6) in a timer callback: status 6
exception in a timer callback: status 255

Fatal error: Uncaught RuntimeException: from the tick in FILE:2
Stack trace: ...
  thrown in FILE on line 2
exception in a woken coroutine: status 255

Fatal error: Uncaught LogicException: after the sleep in FILE:2
Stack trace: ...
  thrown in FILE on line 2
deadlock at the end: status 0

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 FILE(2): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 FILE(2): {coroutine 1, created by the main script}()
 in Unknown on line 0
deadlock in a main join: status 0

Warning: all coroutines are asleep - deadlock: 1 coroutine can never be resumed (yielded or waiting with nothing left to wake them); destroying them
main script [join of 1 coroutine]
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 FILE(2): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 FILE(2): {coroutine 1, created by the main script}()
 in FILE on line 2
