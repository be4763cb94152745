--TEST--
Study\Coroutine::cancel() of a coroutine waiting in a hooked call ends the wait as a signal interrupts PHP's: sleep()
returns the seconds left, time_nanosleep() the time left as an array, usleep() returns at once, time_sleep_until()
returns false, and fread() on a hooked stream returns false; nothing throws and the stream stays usable
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine();
$ids = [];
// A minute each, canceled long before: the time left is more than half of it however loaded the machine.
$ids[] = Sgo(function () { $left = sleep(60); echo "sleep: ", $left >= 30 && $left <= 60 ? "the seconds left" : var_export($left, true), "\n"; });
$ids[] = Sgo(function () { $r = time_nanosleep(60, 0); echo "time_nanosleep: ", $r['seconds'] >= 30 && $r['seconds'] <= 60 ? "array with the time left" : var_export($r, true), "\n"; });
$ids[] = Sgo(function () { var_dump(usleep(60000000)); });
$ids[] = Sgo(function () { var_dump(time_sleep_until(microtime(true) + 60)); });
$server = stream_socket_server('tcp://127.0.0.1:0');
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
$peer = stream_socket_accept($server);
$ids[] = Sgo(function () use ($client) { var_dump(fread($client, 10)); });
Sco::sleep(0.05);
foreach ($ids as $id) {
    var_dump(Sco::cancel($id));
}
fwrite($peer, "after");
var_dump(fread($client, 10));
?>
--EXPECTF--
sleep: the seconds left
bool(true)
time_nanosleep: array with the time left
bool(true)
NULL
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
string(5) "after"
