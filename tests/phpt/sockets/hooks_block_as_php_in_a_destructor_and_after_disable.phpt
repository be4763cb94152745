--TEST--
With HOOK_SOCKETS, a socket_read() (with SO_RCVTIMEO) in a destructor gives PHP's result (before PHP 8.4 a destructor
may not switch, and it blocks as PHP's does; from 8.4 it may wait as a coroutine); after disableCoroutine() the
sockets extension's calls are PHP's own again: a socket_read() with SO_RCVTIMEO blocks the process (a ticker
coroutine does not tick meanwhile) and gives the same result
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);

class Reader {
    public function __destruct() {
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
        socket_write($pair[1], "in destructor");
        $GLOBALS['log'][] = socket_read($pair[0], 100);
        socket_set_option($pair[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 50000]);
        $GLOBALS['log'][] = var_export(socket_read($pair[0], 100), true) . ' ' . socket_last_error($pair[0]);
    }
}
$log = [];
Sgo(function () { $r = new Reader(); unset($r); });
Sco::sleep(0.2);
echo implode("\n", $log), "\n";

Runtime::disableCoroutine();
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
$before = $ticks;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_set_option($pair[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
var_dump(socket_read($pair[0], 100), socket_last_error($pair[0]));
echo "ticked during the read: ", $ticks > $before ? "yes" : "no", "\n";
$stop = true;
?>
--EXPECT--
in destructor
false 11
bool(false)
int(11)
ticked during the read: no
