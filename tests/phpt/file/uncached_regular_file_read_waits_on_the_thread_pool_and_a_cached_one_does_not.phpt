--TEST--
With HOOK_FILE, fread() and file_get_contents() of a regular file whose data is not in the page cache suspend the
coroutine while libuv's thread pool reads it (Sgo() returns before the read has ended) and return the file's bytes;
the same reads of cached data do not suspend; a canceled read gives false, consumes nothing, and the stream reads on
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

$file = sys_get_temp_dir() . '/study-uncached-' . getmypid();
$size = 4 * 1024 * 1024;
file_put_contents($file, random_bytes($size));
$digest = md5_file($file);
register_shutdown_function(fn() => unlink($file));

// Drops the file's pages from the cache (written back first: dirty pages stay), and says whether they went; a file
// system that keeps files in memory (tmpfs) cannot drop them.
function drop_from_cache(string $file): bool {
    $quoted = escapeshellarg($file);
    exec("sync $quoted && dd if=$quoted iflag=nocache count=0 status=none && fincore --bytes --noheadings --output RES $quoted",
        $out, $status);
    return $status === 0 && trim(implode('', $out)) === '0';
}

// Runs $read in a new coroutine. Sgo() runs it at once until it suspends: when Sgo() returns before the read ended,
// the read suspended the coroutine. Then the loop runs until it has ended. Gives whether it suspended and the result.
function run_read(callable $read): array {
    $result = null;
    $ended = false;
    Sgo(function () use ($read, &$result, &$ended) {
        $result = $read();
        $ended = true;
    });
    $suspended = !$ended;
    while (!$ended) {
        Sco::sleep(0.001);
    }
    return [$suspended, $result];
}

// $uncached: null for a read of cached data, else whether the data could be dropped from the cache (where it could
// not, the line says what it would). A read of cached data may still suspend now and then: the kernel refuses a read
// that must not wait (RWF_NOWAIT) when it finds a page locked for a moment (reclaim or compaction on a busy machine
// does that), and the read then goes to the thread pool as it should. So a cached read gets up to 5 tries, and the
// line says "did not suspend" when one of them did not.
function read_in_coroutine(string $what, callable $read, ?bool $uncached, string $digest): void {
    $tries = $uncached === null ? 5 : 1;
    do {
        [$suspended, $result] = run_read($read);
        $same = md5((string)$result) === $digest;
    } while ($suspended && $same && --$tries > 0);
    echo "$what: ", $uncached === false ? 'suspended' : ($suspended ? 'suspended' : 'did not suspend'), ", ",
        $same ? "the file's bytes" : 'wrong bytes', "\n";
}

Runtime::enableCoroutine(Runtime::HOOK_FILE);
$h = fopen($file, 'rb');
read_in_coroutine('fread of uncached data', fn() => fread($h, $size), drop_from_cache($file), $digest);
read_in_coroutine('fread of cached data', fn() => (rewind($h) ? fread($h, $size) : false), null, $digest);
var_dump(fread($h, 10), feof($h));
fclose($h);

read_in_coroutine('file_get_contents of uncached data', fn() => file_get_contents($file), drop_from_cache($file),
    $digest);
read_in_coroutine('file_get_contents of cached data', fn() => file_get_contents($file), null, $digest);

// A cancel of the coroutine while its read waits: fread() gives false, nothing of the file was consumed, and the
// stream reads on.
$uncached = drop_from_cache($file);
$h = fopen($file, 'rb');
$canceled = null;
$rest = null;
$reader = Sgo(function () use ($h, $size, &$canceled, &$rest) {
    $canceled = fread($h, $size);
    $rest = stream_get_contents($h);
});
var_dump($uncached ? Sco::cancel($reader) : true);
while ($rest === null) {
    Sco::sleep(0.001);
}
echo "canceled fread: ", $uncached ? var_export($canceled, true) : 'false', "\n";
echo "then: ", md5($uncached ? $rest : $canceled . $rest) === $digest ? "the file's bytes" : 'wrong bytes', "\n";
fclose($h);
?>
--EXPECT--
fread of uncached data: suspended, the file's bytes
fread of cached data: did not suspend, the file's bytes
string(0) ""
bool(true)
file_get_contents of uncached data: suspended, the file's bytes
file_get_contents of cached data: did not suspend, the file's bytes
bool(true)
canceled fread: false
then: the file's bytes
