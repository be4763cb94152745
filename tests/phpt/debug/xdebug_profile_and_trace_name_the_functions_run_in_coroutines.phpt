--TEST--
With Xdebug in profile and trace mode, a script whose work runs in three coroutines that suspend midway ends with
status 0; the cachegrind profile has worker() calling burn() twice and sleep() once in every coroutine (sleep() with
the time the coroutine was suspended), and the trace shows each coroutine's calls one level under its closure
--SKIPIF--
<?php
// run-tests checks this without the Xdebug the test's child PHP loads.
if (!is_file(ini_get('extension_dir') . '/xdebug.so')) die('skip Xdebug is not installed (Debian: php8.2-xdebug)');
?>
--EXTENSIONS--
study
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$dir = sys_get_temp_dir() . '/study-xdebug-profile-' . getmypid();
@mkdir($dir);
$script = "$dir/script.php";
file_put_contents($script, <<<'PHP'
<?php
function burn(): int {
    $sum = 0;
    for ($i = 0; $i < 1000; $i++) {
        $sum += $i;
    }
    return $sum;
}
function worker(): void {
    burn();
    Sco::sleep(0.01);
    burn();
}
$wg = new Study\Coroutine\WaitGroup(3);
for ($i = 0; $i < 3; $i++) {
    Sgo(function () use ($wg) {
        worker();
        $wg->done();
    });
}
$wg->wait();
echo "script ended\n";
PHP);
$command = [PHP_BINARY, '-n', '-d', "extension=$m[1]", '-d', 'zend_extension=xdebug', '-d', 'xdebug.mode=profile,trace',
    '-d', 'xdebug.start_with_request=yes', '-d', "xdebug.output_dir=$dir", '-d', 'xdebug.trace_format=0',
    '-d', 'xdebug.use_compression=0', $script]; // Xdebug 3.4 (PHP 8.4's) writes .gz files by default
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
echo "status ", proc_close($process), "\n";

// Cachegrind: "fn=(N) name" names a function the first time and "fn=(N)" after; a function's block lists its own
// cost line, then for each callee "cfn=(N)", "calls=K ...", and the inclusive cost line "LINE TIME MEMORY".
$profile = file(glob("$dir/cachegrind.out.*")[0], FILE_IGNORE_NEW_LINES);
$names = [];
foreach ($profile as $line) {
    if (preg_match('/^c?fn=\((\d+)\) (.+)$/', $line, $match)) {
        $names[$match[1]] = $match[2];
    }
}
$calls = [];
$sleep_time = [];
$function = null;
for ($i = 0; $i < count($profile); $i++) {
    if (preg_match('/^fn=\((\d+)\)/', $profile[$i], $match)) {
        $function = $names[$match[1]];
    } elseif ($function === 'worker' && preg_match('/^cfn=\((\d+)\)/', $profile[$i], $match)) {
        $callee = $names[$match[1]];
        $calls[] = $callee;
        if ($callee === 'php::Study\Coroutine::sleep') {
            $sleep_time[] = (int)explode(' ', $profile[$i + 2])[1] * 10; // in ns: Time_(10ns)
        }
    }
}
echo "worker() calls: ", implode(', ', array_count_values($calls) === ['burn' => 6, 'php::Study\Coroutine::sleep' => 3]
    ? ['burn x6, sleep x3'] : $calls), "\n";
echo "each sleep() at least 10 ms: ", count($sleep_time) === 3 && min($sleep_time) >= 10_000_000 ? 'yes' : 'no', "\n";

// Trace: each call line is indented by its depth; a coroutine's closure is one level under Sgo() or the caller that
// resumed it, and worker() one level under the closure, burn() and sleep() one under worker().
$trace = file(glob("$dir/trace.*.xt")[0], FILE_IGNORE_NEW_LINES);
$depths = [];
foreach ($trace as $line) {
    if (preg_match('/^\s+[\d.]+\s+\d+(\s+)-> (\w+|\{closure[^}]*\}|Study\\\\Coroutine::sleep)\(/', $line, $match)) {
        $depths[$match[2]][] = intdiv(strlen($match[1]), 2);
    }
}
$closure = array_values(array_filter(array_keys($depths), fn($name) => str_starts_with($name, '{closure')))[0];
echo "closures traced: ", count($depths[$closure]), ", worker() one level under each: ",
    array_map(fn($d) => $d - 1, $depths['worker']) === $depths[$closure] ? 'yes' : 'no', "\n";
echo "burn() traced: ", count($depths['burn']), ", sleep() traced: ", count($depths['Study\Coroutine::sleep']), "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
script ended
status 0
worker() calls: burn x6, sleep x3
each sleep() at least 10 ms: yes
closures traced: 3, worker() one level under each: yes
burn() traced: 6, sleep() traced: 3
