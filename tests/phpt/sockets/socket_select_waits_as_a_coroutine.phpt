--TEST--
With HOOK_SOCKETS, socket_select() waits as a coroutine while a 10 ms ticker ticks: it returns 1 with the read array
reduced to the socket another coroutine wrote to (and a writable socket at once), and 0 with empty arrays after its
timeout (not before it), as without hooks; a reader and a select on another socket of the pair wait at the same time
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;

function select_timeout(): array {
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    $read = [$pair[0]];
    $write = null;
    $except = [$pair[0]];
    $start = hrtime(true);
    $n = socket_select($read, $write, $except, 0, 100000);
    $elapsed = (hrtime(true) - $start) / 1e9;
    return [$n, $read, $except, $elapsed >= 0.095 ? 'not before the timeout' : "early: $elapsed"];
}
$expected = select_timeout();
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$read = null;
$write = [$pair[0]];
$except = null;
$expectedWritable = [socket_select($read, $write, $except, 1), count($write)];

Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sgo(function () use (&$ticks, &$stop, $expected, $expectedWritable) {
    echo "timeout as without hooks: ", select_timeout() == $expected ? "yes" : "NO", "\n";
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
    socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $other);
    $read = null;
    $write = [$pair[0]];
    $except = null;
    echo "writable at once as without hooks: ",
        [socket_select($read, $write, $except, 1), count($write)] === $expectedWritable ? "yes" : "NO", "\n";
    Sgo(function () use ($pair, &$ticks) {
        $at = $ticks;
        while ($ticks < $at + 3) {
            Sco::sleep(0.01);
        }
        socket_write($pair[1], "x");
    });
    Sgo(function () use ($pair) { // a reader of the same socket waits at the same time
        echo "reader got " . socket_read($pair[1], 10) . "\n";
    });
    $before = $ticks;
    $read = [$other[0], $pair[0]];
    $write = $except = [];
    var_dump(socket_select($read, $write, $except, 10));
    echo "ticked meanwhile: ", $ticks > $before ? "yes" : "no", "\n";
    echo "the ready one: ", $read === [1 => $pair[0]] ? "yes" : "NO", "\n";
    socket_write($pair[0], "y");
    Sco::sleep(0.05);
    $stop = true;
});
?>
--EXPECT--
timeout as without hooks: yes
writable at once as without hooks: yes
int(1)
ticked meanwhile: yes
the ready one: yes
reader got y
