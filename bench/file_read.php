<?php
// SPDX-License-Identifier: MIT
// Reads of a regular file whose data the page cache holds, in a coroutine, with HOOK_FILE on ("hooks") or off
// ("plain"): fread() in 8 KiB pieces and fgets() line by line, over a 16 MiB file read ROUNDS times; with "scattered",
// 4 KiB fread()s each after an fseek() to a random place, 2048 of them per round. HOOK_FILE reads cached data with
// preadv2(RWF_NOWAIT) where PHP calls read(), and reads in sequence 64 KiB at a time where PHP reads 8 KiB; compare
// the whole processes in turn:
//   farm-bench --vs 'php -n -d extension=modules/study.so bench/file_read.php plain' -- \
//       php -n -d extension=modules/study.so bench/file_read.php hooks
// (and the same with "plain 20 scattered" and "hooks 20 scattered").
$mode = $argv[1] ?? 'hooks';
$rounds = (int)($argv[2] ?? 20);
$scattered = ($argv[3] ?? '') === 'scattered';
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
Sgo(function () use ($file, $rounds, $scattered) {
    if ($scattered) {
        mt_srand(1);
        $bytes = 0;
        for ($i = 0; $i < $rounds; $i++) {
            $h = fopen($file, 'rb');
            for ($j = 0; $j < 2048; $j++) {
                fseek($h, mt_rand(0, 16 * 1024 * 1024 - 4096));
                $bytes += strlen(fread($h, 4096));
            }
            fclose($h);
        }
        if ($bytes !== $rounds * 2048 * 4096) {
            fwrite(STDERR, "read $bytes bytes\n");
            exit(1);
        }
        return;
    }
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
