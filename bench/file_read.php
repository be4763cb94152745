<?php
// SPDX-License-Identifier: MIT
// Reads of a regular file whose data the page cache holds, in a coroutine, with HOOK_FILE on ("hooks") or off
// ("plain"): fread() in 8 KiB pieces and fgets() line by line, over a 16 MiB file read ROUNDS times. HOOK_FILE reads
// cached data with one preadv2(RWF_NOWAIT) per read where PHP makes one read(), so both should take the same time;
// compare the whole processes in turn:
//   farm-bench --vs 'php -n -d extension=modules/study.so bench/file_read.php plain' -- \
//       php -n -d extension=modules/study.so bench/file_read.php hooks
$mode = $argv[1] ?? 'hooks';
$rounds = (int)($argv[2] ?? 20);
$file = sys_get_temp_dir() . '/study-bench-file-read';
if (!is_file($file) || filesize($file) !== 16 * 1024 * 1024) {
    $line = str_repeat('x', 79) . "\n";
    file_put_contents($file, str_repeat($line, intdiv(16 * 1024 * 1024, 80) + 1));
    $h = fopen($file, 'r+');
    ftruncate($h, 16 * 1024 * 1024);
    fclose($h);
}
if ($mode === 'hooks') {
    Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE);
}
Sgo(function () use ($file, $rounds) {
    $bytes = 0;
    for ($i = 0; $i < $rounds; $i++) {
        $h = fopen($file, 'rb');
        while (($chunk = fread($h, 8192)) !== '' && $chunk !== false) {
            $bytes += strlen($chunk);
        }
        fclose($h);
        $h = fopen($file, 'rb');
        while (($line = fgets($h)) !== false) {
            $bytes += strlen($line);
        }
        fclose($h);
    }
    if ($bytes !== 2 * $rounds * 16 * 1024 * 1024) {
        fwrite(STDERR, "read $bytes bytes\n");
        exit(1);
    }
});
