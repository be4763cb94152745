<?php
// SPDX-License-Identifier: MIT
// The PHP-level fuzzer's judgement of one run (run.php).

// Why a script's run fails (a hang, a sanitizer report, a crash), or null for an end that is PHP's own, from its exit
// status, its output, and the seconds it ran under timeout(1)'s bound of $timeout.
function verdict(int $status, string $output, float $seconds, int $timeout): ?string
{
    // timeout(1) exits with 137 after its KILL (proc_close() may give the signal, 9), once the time is up; PHP's own
    // end at its hard memory limit is 137 too, and comes at once (below).
    if (($status === 137 || $status === 9 || $status === 124) && $seconds >= $timeout) {
        return 'hang';
    }
    foreach (['ERROR: AddressSanitizer', 'runtime error:', 'ERROR: LeakSanitizer', 'AddressSanitizer:DEADLYSIGNAL',
        'Segmentation fault', 'zend_mm_heap corrupted'] as $mark) {
        if (str_contains($output, $mark)) {
            return "report: $mark";
        }
    }
    // A pool worker that crashed: its master logs the signal and restarts it, so the script itself ends well.
    if (preg_match('/study pool: worker \d+ \(pid \d+\) was killed by signal (4|6|7|8|11) /', $output, $m)) {
        return "report: a pool worker was killed by signal $m[1]";
    }
    // PHP's own: 0, and 255 after a fatal error or an uncaught exception (the scripts never exit() with another).
    if ($status === 0 || $status === 255) {
        return null;
    }
    // Without Zend's allocator a huge request (recv(PHP_INT_MAX)) fails in malloc and PHP ends with "Out of memory"
    // and status 1, where its own allocator would give the memory-limit fatal error (255).
    if ($status === 1 && str_ends_with(rtrim($output), 'Out of memory')) {
        return null;
    }
    // With Zend's allocator, a request over twice the memory limit ends PHP at once with "Hard memory limit of N bytes
    // exhausted" and status 137: PHP's own end (random_bytes(1 << 40) gives it without study).
    if ($status === 137 && str_contains($output, 'Hard memory limit of ')) {
        return null;
    }
    // timeout(1) reports a command killed by a signal as 128 + the signal.
    if ($status > 128 && $status < 160) {
        return 'signal ' . ($status - 128);
    }
    return "exit status $status";
}
