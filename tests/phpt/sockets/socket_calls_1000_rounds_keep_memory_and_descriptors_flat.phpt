--TEST--
With HOOK_SOCKETS, 3,000 rounds (1,000 under valgrind) of a coroutine waiting in socket_read() on a socket pair until another coroutine
writes, a canceled socket_read() and a socket_select() leave memory, the number of open descriptors and the process's
resident size (VmRSS: the core's C++ allocations, FdWait and the watch maps, which memory_get_usage() does not count)
where the first 100 rounds left them (RSS not under valgrind, whose own bookkeeping grows it; valgrind reports leaks
of those allocations itself)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
function descriptors(): int { return count(scandir('/proc/self/fd')); }
function rss_kb(): int {
    preg_match('/^VmRSS:\s+(\d+) kB$/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}
$valgrind = getenv('USE_ZEND_ALLOC') === '0';
function round_trip(): void {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    $reader = Sgo(function () use ($pair) { socket_read($pair[0], 10); });
    $canceled = Sgo(function () use ($pair) { @socket_read($pair[1], 10); });
    Sco::cancel($canceled);
    $read = [$pair[1]];
    $write = $except = null;
    Sgo(function () use ($pair) { socket_write($pair[0], "y"); });
    socket_write($pair[1], "x");
    socket_select($read, $write, $except, 1);
    Sco::join([$reader]);
    socket_close($pair[0]);
    socket_close($pair[1]);
}
for ($i = 0; $i < 100; $i++) {
    round_trip();
}
rss_kb(); /* the first preg_match() compiles the pattern (PCRE's JIT takes some 280 kB): not part of the rounds */
$memory = memory_get_usage();
$fds = descriptors();
$rss = rss_kb();
for ($i = 0; $i < ($valgrind ? 1000 : 3000); $i++) {
    round_trip();
}
$grown = memory_get_usage() - $memory;
echo "memory flat: ", $grown < 16384 ? "yes" : "no ($grown bytes)", "\n";
echo "descriptors flat: ", descriptors() === $fds ? "yes" : "no", "\n";
/* 128 kB over 3,000 rounds of two waits through wait_fd() and one through wait_any_fd(): a leak of 48 bytes in each
 * wait_fd() grew it by some 350 kB (tried), and an FdWait alone is larger */
$rss_grown = rss_kb() - $rss;
echo "resident size flat: ", $valgrind || $rss_grown < 128 ? "yes" : "no ($rss_grown kB)", "\n";
?>
--EXPECT--
memory flat: yes
descriptors flat: yes
resident size flat: yes
