--TEST--
With HOOK_SOCKETS, 1,000 rounds of a coroutine waiting in socket_read() on a socket pair until another coroutine
writes, a canceled socket_read() and a socket_select() leave memory and the number of open descriptors where the
first 100 rounds left them
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
function descriptors(): int { return count(scandir('/proc/self/fd')); }
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
$memory = memory_get_usage();
$fds = descriptors();
for ($i = 0; $i < 1000; $i++) {
    round_trip();
}
$grown = memory_get_usage() - $memory;
echo "memory flat: ", $grown < 16384 ? "yes" : "no ($grown bytes)", "\n";
echo "descriptors flat: ", descriptors() === $fds ? "yes" : "no", "\n";
?>
--EXPECT--
memory flat: yes
descriptors flat: yes
