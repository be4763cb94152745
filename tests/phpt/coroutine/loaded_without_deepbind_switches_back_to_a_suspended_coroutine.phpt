--TEST--
Study\Coroutine: a PHP that opens extensions without RTLD_DEEPBIND resumes a suspended coroutine (study.so's switch bound to the php binary's own jump_fcontext(), another Boost layout, and the first switch back crashed)
--EXTENSIONS--
study
--SKIPIF--
<?php
if (PHP_OS_FAMILY !== 'Linux') die('skip RTLD_DEEPBIND is glibc\'s');
exec('command -v cc 2>/dev/null', $out, $status);
if ($status !== 0) die('skip needs a C compiler to build the dlopen() shim');
?>
--FILE--
<?php
// PHP 8.2 on glibc opens extensions with RTLD_DEEPBIND; a PHP built with ASan, or without deep binding, does not.
// The child PHP loads this study.so through a dlopen() that drops the flag (tests/fuzz/nodeepbind.c, built here).
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$so = $m[1];
$dir = sys_get_temp_dir() . '/study-nodeepbind-' . getmypid();
@mkdir($dir);
$shim = "$dir/nodeepbind.so";
exec('cc -shared -fPIC -o ' . escapeshellarg($shim) . ' ' . escapeshellarg(__DIR__ . '/../../fuzz/nodeepbind.c')
    . ' -ldl 2>&1', $out, $status);
$status === 0 or die("cc failed: " . implode("\n", $out) . "\n");

$code = 'Sgo(function () { Sco::sleep(0.001); echo "woke\n"; }); echo "main ends\n";';
// Whatever the pass preloads (the sanitizer runtimes) stays, after the shim.
$env = ['LD_PRELOAD' => trim($shim . ' ' . (getenv('LD_PRELOAD') ?: ''))] + getenv();
$proc = proc_open([PHP_BINARY, '-n', '-d', "extension=$so", '-r', $code], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
    $pipes, null, $env);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
echo "status ", proc_close($proc), "\n";
unlink($shim);
rmdir($dir);
?>
--EXPECT--
main ends
woke
status 0
