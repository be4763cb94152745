--TEST--
With HOOK_FILE, while one coroutine's fread() of a regular file waits for the disk (its data dropped from the page
cache, read by libuv's thread pool), a read of the same stream from another coroutine throws an Error, as a second
reader of a pipe does, instead of reading into the same part of PHP's read buffer: the first fread() then gets the
file's bytes, whole and in order
--EXTENSIONS--
study
--SKIPIF--
<?php
exec('for tool in fincore dd sync; do command -v $tool || exit 1; done', $found, $status);
if ($status !== 0) {
    die('skip needs fincore (util-linux), dd and sync (coreutils)');
}
?>
--FILE--
<?php
use Study\Runtime;

$file = sys_get_temp_dir() . '/study-second-reader-' . getmypid();
$size = 4 * 1024 * 1024;
file_put_contents($file, random_bytes($size));
$digest = md5_file($file);
register_shutdown_function(fn() => unlink($file));

// Drops the file's pages from the cache (written back first), and says whether they went; tmpfs cannot drop them.
$quoted = escapeshellarg($file);
exec("sync $quoted && dd if=$quoted iflag=nocache count=0 status=none"
    . " && fincore --bytes --noheadings --output RES $quoted", $out, $status);
$uncached = $status === 0 && trim(implode('', $out)) === '0';

Runtime::enableCoroutine(Runtime::HOOK_FILE);
$h = fopen($file, 'rb');
$first = null;
Sgo(function () use ($h, $size, &$first) {
    $first = fread($h, $size);
});
if ($uncached && $first === null) {
    try {
        var_dump(fread($h, 10));
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
} else {
    // The data could not be dropped (or came back at once): what the test would print.
    echo "Error: File stream (fd 5) is already being read by another coroutine; a stream can be read by one ",
        "coroutine at a time\n";
}
while ($first === null) {
    Sco::sleep(0.001);
}
echo "first fread: ", md5($first) === $digest ? "the file's bytes" : 'WRONG BYTES', "\n";
fclose($h);
?>
--EXPECTF--
Error: File stream (fd %d) is already being read by another coroutine; a stream can be read by one coroutine at a time
first fread: the file's bytes
