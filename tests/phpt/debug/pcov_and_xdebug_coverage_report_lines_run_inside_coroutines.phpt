--TEST--
Code coverage of a script whose code runs in coroutines: PCOV and Xdebug (coverage mode) both report the lines a
coroutine ran before and after it was suspended, in two coroutines at once, and not a line no coroutine ran
--SKIPIF--
<?php
// run-tests checks this without the test's --INI-- (which loads the two extensions for the test itself).
foreach (['pcov' => 'php8.2-pcov', 'xdebug' => 'php8.2-xdebug'] as $name => $package) {
    if (!is_file(ini_get('extension_dir') . "/$name.so")) die("skip $name is not installed (Debian: $package)");
}
?>
--INI--
extension=pcov
pcov.enabled=1
pcov.directory={PWD}
zend_extension=xdebug
opcache.jit_buffer_size=0
xdebug.mode=coverage
--FILE--
<?php
function work(int $i): int {
    $a = $i * 2;
    Sco::sleep(0.001);
    $b = $a + 1;
    return $b;
}
function never(): void {
    echo "never run\n";
}
// The lines of work() and never(), from their source: line numbers need not be counted by hand.
$source = file(__FILE__);
$line_of = fn(string $text) => 1 + key(array_filter($source, fn($line) => str_contains($line, $text)));
$lines = ['$a = $i * 2;' => $line_of('$a = $i * 2;'), 'Sco::sleep(0.001);' => $line_of('Sco::sleep(0.001);'),
    '$b = $a + 1;' => $line_of('$b = $a + 1;'), 'return $b;' => $line_of('return $b;'),
    'echo "never run\n";' => $line_of('echo "never run\n";')];

function in_coroutines(): void {
    $wg = new Study\Coroutine\WaitGroup(2);
    for ($i = 0; $i < 2; $i++) {
        Sgo(function () use ($i, $wg) {
            work($i);
            $wg->done();
        });
    }
    $wg->wait();
}

function report(string $tool, array $covered, array $lines): void {
    foreach ($lines as $text => $line) {
        echo "$tool: ", $text, ' ', ($covered[$line] ?? -1) > 0 ? 'run' : 'not run', "\n";
    }
}

\pcov\start();
in_coroutines();
\pcov\stop();
report('PCOV', \pcov\collect(\pcov\inclusive, [__FILE__])[__FILE__] ?? [], $lines);

xdebug_start_code_coverage();
in_coroutines();
$coverage = xdebug_get_code_coverage();
xdebug_stop_code_coverage();
report('Xdebug', $coverage[__FILE__] ?? [], $lines);
?>
--EXPECT--
PCOV: $a = $i * 2; run
PCOV: Sco::sleep(0.001); run
PCOV: $b = $a + 1; run
PCOV: return $b; run
PCOV: echo "never run\n"; not run
Xdebug: $a = $i * 2; run
Xdebug: Sco::sleep(0.001); run
Xdebug: $b = $a + 1; run
Xdebug: return $b; run
Xdebug: echo "never run\n"; not run
