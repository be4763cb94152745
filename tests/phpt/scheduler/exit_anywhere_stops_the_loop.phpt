--TEST--
exit() stops the loop wherever it is called, with a tick timer and a sleeping coroutine pending: in the main script, in a coroutine, in a destructor (in the main script and in a coroutine), in a shutdown function (before and after study's end-of-script work), and as die("text"); the process ends with the given status, the sleeper's "not reached" line never runs (its finally block does, except where a shutdown function exits) (PHP 8.4 made exit() a function instead of an opcode)
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
    // A missed exit() leaves the tick running forever: `timeout` ends such a child (status 137) so that the test
    // fails with the case named instead of hanging. The bound is far above a case's run time, even under valgrind.
    $cmd = ['timeout', '-s', 'KILL', '60', getenv('TEST_PHP_EXECUTABLE') ?: PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0', $file];
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

// Every case starts with a tick timer that never ends by itself and a coroutine that sleeps far longer than the
// case takes: if exit() were missed, the loop would run on (forever, for the tick) or wake the sleeper.
$pending = 'if (!class_exists("ExitsOnDestruct")) { class ExitsOnDestruct { function __destruct() { echo "destructor\n"; exit(7); } } }'
    . ' Study\Timer::tick(0.005, function () {});'
    . ' Sgo(function () { try { Sco::sleep(30); echo "sleeper: not reached\n"; } finally { echo "sleeper: finally\n"; } });';
// An exit() in a shutdown function ends the request's shutdown functions, study's end-of-script work among them
// when it has not run yet: the sleeper is freed without being resumed, so its finally block prints nothing.
// In the last two cases study's end-of-script work has run already (the loop drained) when the shutdown function
// starts; it makes the tick and the sleeper itself before it exits.
$cases = [
    'main script' => "$pending exit(3); echo \"not reached\\n\";",
    'die with a message' => "$pending die(\"bye\\n\"); echo \"not reached\\n\";",
    'coroutine' => "$pending Sgo(function () { exit(4); echo \"not reached\\n\"; }); echo \"main: not reached\\n\";",
    'coroutine woken by the loop' => "$pending Sgo(function () { Sco::sleep(0.01); exit(5); echo \"not reached\\n\"; }); echo \"main: ends\\n\";",
    'destructor in the main script' => "$pending \$o = new ExitsOnDestruct; unset(\$o); echo \"not reached\\n\";",
    'destructor in a coroutine' => "$pending Sgo(function () { \$o = new ExitsOnDestruct; unset(\$o); echo \"not reached\\n\"; }); echo \"main: not reached\\n\";",
    'shutdown function registered before any coroutine' => "register_shutdown_function(function () { echo \"shutdown\\n\"; exit(8); }); $pending echo \"main: ends\\n\";",
    'shutdown function after the loop drained' => "Sgo(function () {}); register_shutdown_function(function () { $pending echo \"shutdown\\n\"; exit(9); }); echo \"main: ends\\n\";",
    'coroutine created in a shutdown function after the loop drained' => "Sgo(function () {}); register_shutdown_function(function () { $pending Sgo(function () { exit(10); }); echo \"shutdown: not reached\\n\"; }); echo \"main: ends\\n\";",
];
foreach ($cases as $name => $script) {
    [$status, $out] = run_php($so, $script);
    echo "-- $name: status $status\n$out";
}
?>
--EXPECT--
-- main script: status 3
sleeper: finally
-- die with a message: status 0
bye
sleeper: finally
-- coroutine: status 4
sleeper: finally
-- coroutine woken by the loop: status 5
main: ends
sleeper: finally
-- destructor in the main script: status 7
destructor
sleeper: finally
-- destructor in a coroutine: status 7
destructor
sleeper: finally
-- shutdown function registered before any coroutine: status 8
main: ends
shutdown
-- shutdown function after the loop drained: status 9
main: ends
shutdown
-- coroutine created in a shutdown function after the loop drained: status 10
main: ends
