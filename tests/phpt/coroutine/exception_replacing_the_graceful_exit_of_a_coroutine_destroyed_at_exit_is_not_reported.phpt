--TEST--
Regression: exit() while a coroutine waits destroys it with a graceful exit; an exception thrown on top of that exit
(here by a destructor run while the coroutine unwinds, as mysqli throws "MySQL server has gone away" for its ended
read) replaced it and was reported as "Fatal error: Uncaught ..." with exit status 255. It is part of the exit now:
not reported, and the exit status stays the one exit() gave
--EXTENSIONS--
study
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$code = <<<'PHP'
<?php
class ThrowsWhenReleased {
    public function __destruct() {
        echo "destructor throws\n";
        throw new RuntimeException('thrown while the coroutine was destroyed');
    }
}
register_shutdown_function(fn() => print("shutdown function\n"));
Sgo(function () {
    $guard = new ThrowsWhenReleased();
    try {
        Sco::sleep(10);
    } finally {
        echo "finally\n";
    }
});
echo "exit(3)\n";
exit(3);
PHP;
$file = tempnam(sys_get_temp_dir(), 'study');
file_put_contents($file, $code);
$cmd = [PHP_BINARY, '-n', '-d', "extension={$m[1]}", '-d', 'display_errors=1', '-d', 'log_errors=0', $file];
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['USE_TRACKED_ALLOC' => '1'] + getenv());
echo stream_get_contents($pipes[1]);
echo "stderr: ", var_export(stream_get_contents($pipes[2]), true), "\n";
echo "status: ", proc_close($proc), "\n";
unlink($file);
?>
--EXPECT--
exit(3)
shutdown function
finally
destructor throws
stderr: ''
status: 3
