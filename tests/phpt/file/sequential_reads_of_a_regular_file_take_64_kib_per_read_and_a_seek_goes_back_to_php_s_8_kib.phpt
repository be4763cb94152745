--TEST--
With HOOK_FILE, reads of a regular file in sequence take 64 KiB per system call once two reads in a row began where
the one before ended (PHP takes 8 KiB each time; the descriptor's offset in /proc/self/fdinfo shows what was read);
a seek out of the read buffer goes back to PHP's 8 KiB, rewind() too; stream_set_chunk_size() reports PHP's 8192 as
the size before, and reads then take what PHP's own take; unbuffered reads keep the caller's size; fread(), fgets(),
file_get_contents() and a read filter give the file's bytes throughout, with the hooks as without
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

$file = sys_get_temp_dir() . '/study-read-ahead-' . getmypid();
$content = '';
for ($i = 0; strlen($content) < 1024 * 1024; $i++) {
    $content .= str_pad("line $i " . md5((string)$i), 40 + $i % 50, '.') . "\n";
}
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
    fseek($h, 500000);
    $line = fgets($h);
    echo "fseek(500000) + fgets(): offset ", offset_of($file), ", ",
        $line === substr($content, 500000, strpos($content, "\n", 500000) - 500000 + 1) ? "the file's line" : 'WRONG',
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
    while (!feof($h)) {
        $read .= fread($h, 8192);
    }
    fclose($h);
    echo "fread() through string.toupper: ", $read === strtoupper($content) ? "the file's bytes, upper case" : 'WRONG',
        "\n";
}

echo "-- PHP's own\n";
walk($file, $content);
Runtime::enableCoroutine(Runtime::HOOK_FILE);
echo "-- with HOOK_FILE, in a coroutine\n";
Sgo(fn() => walk($file, $content));
?>
--EXPECT--
-- PHP's own
12 freads of 8 KiB, offset after each: 8192 16384 24576 32768 40960 49152 57344 65536 73728 81920 90112 98304
  bytes: the file's
fseek(500000) + fgets(): offset 508192, the file's line
rewind() + fread(100): offset 8192
fgets() to the end: the file's bytes, feof true
stream_set_chunk_size(4096) after 3 freads gives 8192; then 4 freads of 4 KiB after rewind(): 8192 8192 16384 16384
file_get_contents(): the file's bytes
unbuffered, fread(100000) after two of 8 KiB: offset 116384, the file's bytes
fread() through string.toupper: the file's bytes, upper case
-- with HOOK_FILE, in a coroutine
12 freads of 8 KiB, offset after each: 8192 16384 81920 81920 81920 81920 81920 81920 81920 81920 147456 147456
  bytes: the file's
fseek(500000) + fgets(): offset 508192, the file's line
rewind() + fread(100): offset 8192
fgets() to the end: the file's bytes, feof true
stream_set_chunk_size(4096) after 3 freads gives 8192; then 4 freads of 4 KiB after rewind(): 8192 8192 16384 16384
file_get_contents(): the file's bytes
unbuffered, fread(100000) after two of 8 KiB: offset 116384, the file's bytes
fread() through string.toupper: the file's bytes, upper case
