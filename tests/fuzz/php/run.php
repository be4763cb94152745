<?php
// SPDX-License-Identifier: MIT
// The PHP-level fuzzer's driver: generates scripts (generate.php) from consecutive seeds and runs each in its own
// php process against a build of study.so (normally the ASan+UBSan one, with the environment scripts/fuzz.sh
// sets), for a given time or number of seeds. A run fails on a sanitizer report, a signal (segfault, abort), a hang
// (no end within --timeout seconds) or an exit status other than PHP's 0 and 255. Each failing script is kept in
// --findings as seed-<seed>.php with the command that reproduces it.
//
//   php -n tests/fuzz/php/run.php --module=PATH [--seconds=60] [--seed=N] [--count=N] [--timeout=20]
//       [--findings=DIR] [--php=PATH] [--keep-going]
//
// Without --seed the first seed comes from the clock and is printed, so any run can be repeated.

require __DIR__ . '/generate.php';
require __DIR__ . '/verdict.php';

$opt = getopt('', ['module:', 'seconds:', 'seed:', 'count:', 'timeout:', 'findings:', 'php:', 'print']);
if (!isset($opt['module'])) {
    fwrite(STDERR, "usage: run.php --module=PATH [--seconds=N] [--seed=N] [--count=N] [--findings=DIR] [--print]\n");
    exit(2);
}
$seed = isset($opt['seed']) ? (int) $opt['seed'] : (int) (microtime(true) * 1000) % 1000000000;
if (isset($opt['print'])) {
    echo (new StudyFuzz\Generator($seed))->script();
    exit(0);
}
$seconds = (float) ($opt['seconds'] ?? 60);
$count = isset($opt['count']) ? (int) $opt['count'] : PHP_INT_MAX;
$timeout = (int) ($opt['timeout'] ?? 20);
$findings = $opt['findings'] ?? sys_get_temp_dir() . '/study-fuzz-findings';
$php = $opt['php'] ?? PHP_BINARY;
$module = $opt['module'];
@mkdir($findings, 0777, true);
$work = sys_get_temp_dir() . '/study-fuzz-' . getmypid();
@mkdir($work);

echo "first seed $seed, module $module\n";

$start = microtime(true);
$runs = 0;
$failed = 0;
$statuses = [];
for ($s = $seed; $runs < $count && microtime(true) - $start < $seconds; $s++) {
    $script = (new StudyFuzz\Generator($s))->script();
    $file = "$work/seed-$s.php";
    file_put_contents($file, $script);
    $cmd = ['timeout', '-s', 'KILL', (string) $timeout, $php, '-n', '-d', "extension=$module", $file];
    $began = microtime(true);
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, $work);
    $output = stream_get_contents($pipes[1]);
    fclose($pipes[1]);
    $status = proc_close($proc);
    $runs++;
    $statuses[$status] = ($statuses[$status] ?? 0) + 1;
    $why = verdict($status, $output, microtime(true) - $began, $timeout);
    if ($why === null) {
        unlink($file);
        continue;
    }
    $failed++;
    $kept = "$findings/seed-$s.php";
    copy($file, $kept);
    file_put_contents("$findings/seed-$s.out", "$why\nexit status $status\n" . substr($output, -20000));
    unlink($file);
    echo "FAIL seed $s: $why (script $kept; reproduce: php tests/fuzz/php/run.php --module=... --seed=$s --count=1)\n";
}
@rmdir($work);
ksort($statuses);
$summary = implode(', ', array_map(fn($k, $v) => "$v x $k", array_keys($statuses), $statuses));
printf("%d scripts from seed %d in %.0f s, %d failed (exit statuses: %s)\n", $runs, $seed, microtime(true) - $start,
    $failed, $summary);
exit($failed > 0 ? 1 : 0);
