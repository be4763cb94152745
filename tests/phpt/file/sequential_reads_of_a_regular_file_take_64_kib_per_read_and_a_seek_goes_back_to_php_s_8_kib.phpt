--TEST--
With HOOK_FILE, reads of a regular file in sequence take 64 KiB per system call once two reads in a row began where
the one before ended (PHP takes 8 KiB each time; the descriptor's offset in /proc/self/fdinfo shows what was read);
a seek out of the read buffer goes back to PHP's 8 KiB, rewind() too; stream_set_chunk_size() reports PHP's 8192 as
the size before, and reads then take what PHP's own take; unbuffered reads and reads through a filter keep PHP's sizes,
and so do reads after disableCoroutine(); reads in a destructor (where a coroutine may not suspend before PHP 8.4)
read ahead too; fread(), fgets(), file_get_contents() and a read filter give the file's bytes throughout, with the
hooks as without
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

$file = sys_get_temp_dir() . '/study-read-ahead-' . getmypid();
$lines = [];
for ($i = 0, $size = 0; $size < 256 * 1024; $i++) {
    $lines[] = $line = str_pad("line $i " . md5((string)$i), 40 + $i % 50, '.') . "\n";
    $size += strlen($line);
}
$content = implode('', $lines); // joined once: ASan's realloc() copies a string that grows by appends every time
file_put_contents($file, $content);
register_shutdown_function(fn() => unlink($file));

// The descriptor's offset: how far the stream's reads have gone in the file (PHP's position is ftell()'s).
function offset_of(string $file): int {
    foreach (glob('/proc/self/fd/*') as $link) {
        if (@readlink($link) === $file) {
            preg_match('/^pos:\s+(\d+)/m', file_get_contents('/proc/self/fdinfo/' . basename($link)), $m);
            return (int)$m[1];
        }
    }
    return -1;
}

function walk(string $file, string $content): void {
    $h = fopen($file, 'rb');
    $offsets = [];
    $read = '';
    for ($i = 0; $i < 12; $i++) {
        $read .= fread($h, 8192);
        $offsets[] = offset_of($file);
    }
    echo "12 freads of 8 KiB, offset after each: ", implode(' ', $offsets), "\n";
    echo "  bytes: ", $read === substr($content, 0, 12 * 8192) ? 'the file\'s' : 'WRONG', "\n";
    fseek($h, 200000);
    $line = fgets($h);
    echo "fseek(200000) + fgets(): offset ", offset_of($file), ", ",
        $line === substr($content, 200000, strpos($content, "\n", 200000) - 200000 + 1) ? "the file's line" : 'WRONG',
        "\n";
    rewind($h);
    fread($h, 100);
    echo "rewind() + fread(100): offset ", offset_of($file), "\n";
    $read = substr($content, 0, 100);
    while (($line = fgets($h)) !== false) {
        $read .= $line;
    }
    echo "fgets() to the end: ", $read === $content ? "the file's bytes" : 'WRONG', ", feof ",
        var_export(feof($h), true), "\n";
    rewind($h);
    fread($h, 8192);
    fread($h, 8192);
    fread($h, 8192);
    echo "stream_set_chunk_size(4096) after 3 freads gives ", stream_set_chunk_size($h, 4096);
    rewind($h);
    $offsets = [];
    for ($i = 0; $i < 4; $i++) {
        fread($h, 4096);
        $offsets[] = offset_of($file);
    }
    echo "; then 4 freads of 4 KiB after rewind(): ", implode(' ', $offsets), "\n";
    fclose($h);
    echo "file_get_contents(): ", file_get_contents($file) === $content ? "the file's bytes" : 'WRONG', "\n";
    $h = fopen($file, 'rb');
    stream_set_read_buffer($h, 0);
    fread($h, 8192);
    fread($h, 8192);
    $read = fread($h, 100000);
    echo "unbuffered, fread(100000) after two of 8 KiB: offset ", offset_of($file), ", ",
        $read === substr($content, 16384, 100000) ? "the file's bytes" : 'WRONG', "\n";
    fclose($h);
    $h = fopen($file, 'rb');
    stream_filter_append($h, 'string.toupper', STREAM_FILTER_READ);
    $read = '';
    $offsets = [];
    while (!feof($h)) {
        $read .= fread($h, 8192);
        $offsets[] = offset_of($file);
    }
    fclose($h);
    echo "fread() through string.toupper: ", $read === strtoupper($content) ? "the file's bytes, upper case" : 'WRONG',
        ", offsets ", implode(' ', array_slice($offsets, 0, 4)), "\n";
}

// Reads in a destructor, where before PHP 8.4 a coroutine may not suspend: cached reads are the hooks' all the same.
class ReadsWhenDestroyed {
    public function __construct(private string $file, private string $content) {}

    public function __destruct() {
        $h = fopen($this->file, 'rb');
        $read = fread($h, 8192) . fread($h, 8192) . fread($h, 8192);
        echo "3 freads in a destructor: offset ", offset_of($this->file), ", ",
            $read === substr($this->content, 0, 3 * 8192) ? "the file's bytes" : 'WRONG', "\n";
        fclose($h);
    }
}

echo "-- PHP's own\n";
walk($file, $content);
Runtime::enableCoroutine(Runtime::HOOK_FILE);
echo "-- with HOOK_FILE, in a coroutine\n";
Sgo(fn() => walk($file, $content));
Sgo(function () use ($file, $content) {
    $object = new ReadsWhenDestroyed($file, $content);
    unset($object);
});
echo "-- grown by 3 freads with the hooks, then disableCoroutine()\n";
$h = fopen($file, 'rb');
fread($h, 8192);
fread($h, 8192);
fread($h, 8192);
Runtime::disableCoroutine();
fseek($h, 200000);
$read = fread($h, 100) . fread($h, 8192) . fread($h, 8192);
echo "fseek(200000) + 3 freads: offset ", offset_of($file), ", ",
    $read === substr($content, 200000, 100 + 2 * 8192) ? "the file's bytes" : 'WRONG',
    "; stream_set_chunk_size() gives ", stream_set_chunk_size($h, 8192), "\n";
fclose($h);
echo "-- STDIN a regular file, in a child with HOOK_FILE\n";
// An fread() of STDIN (a php:// stream, not a plain file) gives at most one chunk: no read-ahead there.
$child = 'Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE);
    Sgo(function () { for ($i = 0; $i < 4; $i++) { echo strlen(fread(STDIN, 100000)), " "; } });';
preg_match('/extension=([^\0]*study[^\0]*\.so)/', file_get_contents('/proc/self/cmdline'), $m);
$p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . $m[1], '-r', $child], [0 => ['file', $file, 'r'],
    1 => ['pipe', 'w']], $pipes);
echo "4 freads of 100000 bytes give ", trim(stream_get_contents($pipes[1])), "\n";
fclose($pipes[1]);
proc_close($p);
?>
--EXPECT--
-- PHP's own
12 freads of 8 KiB, offset after each: 8192 16384 24576 32768 40960 49152 57344 65536 73728 81920 90112 98304
  bytes: the file's
fseek(200000) + fgets(): offset 208192, the file's line
rewind() + fread(100): offset 8192
fgets() to the end: the file's bytes, feof true
stream_set_chunk_size(4096) after 3 freads gives 8192; then 4 freads of 4 KiB after rewind(): 8192 8192 16384 16384
file_get_contents(): the file's bytes
unbuffered, fread(100000) after two of 8 KiB: offset 116384, the file's bytes
fread() through string.toupper: the file's bytes, upper case, offsets 8192 16384 24576 32768
-- with HOOK_FILE, in a coroutine
12 freads of 8 KiB, offset after each: 8192 16384 81920 81920 81920 81920 81920 81920 81920 81920 147456 147456
  bytes: the file's
fseek(200000) + fgets(): offset 208192, the file's line
rewind() + fread(100): offset 8192
fgets() to the end: the file's bytes, feof true
stream_set_chunk_size(4096) after 3 freads gives 8192; then 4 freads of 4 KiB after rewind(): 8192 8192 16384 16384
file_get_contents(): the file's bytes
unbuffered, fread(100000) after two of 8 KiB: offset 116384, the file's bytes
fread() through string.toupper: the file's bytes, upper case, offsets 8192 16384 24576 32768
3 freads in a destructor: offset 81920, the file's bytes
-- grown by 3 freads with the hooks, then disableCoroutine()
fseek(200000) + 3 freads: offset 224576, the file's bytes; stream_set_chunk_size() gives 8192
-- STDIN a regular file, in a child with HOOK_FILE
4 freads of 100000 bytes give 8192 8192 8192 8192
