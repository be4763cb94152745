--TEST--
With HOOK_SOCKETS, a socket_read() (with SO_RCVTIMEO) in a destructor gives PHP's result, and a ticker coroutine tells
how it waited: before PHP 8.4 a destructor may not switch, so it blocks as PHP's does (no tick meanwhile); from 8.4 it
waits as a coroutine (the ticker, whose next tick is due before the read's timeout, ticks). After disableCoroutine()
the sockets extension's calls are PHP's own again: a socket_read() with SO_RCVTIMEO blocks the process (the ticker
does not tick meanwhile) and gives the same result
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
        $before = $GLOBALS['ticks'];
        $GLOBALS['log'][] = var_export(socket_read($pair[0], 100), true) . ' ' . socket_last_error($pair[0]);
        $suspended = $GLOBALS['ticks'] > $before;
        $GLOBALS['log'][] = 'the read ' . ($suspended ? 'suspended' : 'blocked') . ' as expected: ' .
            ($suspended === (PHP_VERSION_ID >= 80400) ? 'yes' : 'no');
    }
}
$log = [];
$ticks = 0;
$stop = false;
/* The ticker's next tick (10 ms) is due before the read's timeout (50 ms) that starts after it: a read that suspends
 * lets it tick first whatever the load; a read that blocks lets nothing run. */
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sco::join([Sgo(function () { $r = new Reader(); unset($r); })]);
echo implode("\n", $log), "\n";

Runtime::disableCoroutine();
$before = $ticks;
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_set_option($pair[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 100000]);
var_dump(socket_read($pair[0], 100), socket_last_error($pair[0]));
echo "ticked during the read: ", $ticks > $before ? "yes" : "no", "\n";
$stop = true;
?>
--EXPECTF--
in destructor
false 11
the read %s as expected: yes
bool(false)
int(11)
ticked during the read: no
