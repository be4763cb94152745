--TEST--
With HOOK_SOCKETS, a socket_write() larger than the socket's buffer with SO_SNDTIMEO and nobody reading waits as a
coroutine (a ticker ticks) and returns the same short count as without hooks after the timeout; the next write
fails after its timeout with EAGAIN, as without hooks
--EXTENSIONS--
study
sockets
--FILE--
<?php
function timed_write(): array {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    socket_set_option($pair[0], SOL_SOCKET, SO_SNDTIMEO, ['sec' => 0, 'usec' => 100000]);
    $start = hrtime(true);
    $first = socket_write($pair[0], str_repeat('x', 4 << 20));
    $second = @socket_write($pair[0], 'more');
    $elapsed = (hrtime(true) - $start) / 1e9;
    return [$first, $second, socket_last_error($pair[0]), $elapsed >= 0.19 ? 'both waited their timeout' : "early: $elapsed"];
}
$expected = timed_write();
echo "without hooks: ", $expected[0] > 0 ? "a short count" : "nothing", ", then ", var_export($expected[1], true), " ", $expected[2], ", ", $expected[3], "\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_SOCKETS);
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) { while (!$stop) { $ticks++; Sco::sleep(0.01); } });
Sgo(function () use ($expected, &$ticks, &$stop) {
    $before = $ticks;
    $got = timed_write();
    // The ticker's 10 ms sleep ends before the write's 0.1 s timeout: it ticked while the write waited, whatever the load.
    var_dump($got === $expected, $ticks > $before);
    $stop = true;
});
?>
--EXPECT--
without hooks: a short count, then false 11, both waited their timeout
bool(true)
bool(true)
