--TEST--
Study\Coroutine::cancel() of a coroutine waiting in Study\Coroutine\Channel::select() throws Study\Coroutine\CanceledException at the select (unlike push() and pop(), which return false), and the canceled select is no longer waiting in any of its channels: later pushes stay queued and its push value is never delivered
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$a = new Channel(1);
$full = new Channel(1);
$full->push('queued');
$selector = Sgo(function () use ($a, $full) {
    try {
        echo "selector: waits\n";
        Channel::select([$a], [[$full, 'from the select']]);
        echo "selector: not reached\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "selector: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
});
$timed = Sgo(function () use ($a) {
    try {
        Channel::select([$a], [], 10);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "timed selector: ", get_class($e), "\n";
    }
});
echo "main: waiting poppers ", $a->stats()['consumer_num'], ", waiting pushers ", $full->stats()['producer_num'], "\n";
var_dump(Sco::cancel($selector));
var_dump(Sco::cancel($timed));
echo "main: waiting poppers ", $a->stats()['consumer_num'], ", waiting pushers ", $full->stats()['producer_num'], "\n";
var_dump($a->push('stays'), $a->length());
var_dump($full->pop(0), $full->pop(0));

echo "-- uncaught\n";
$c = Sgo(function () use ($a) {
    try {
        Channel::select([new Channel(0)]);
    } finally {
        echo "finally of ", Sco::getCid(), "\n";
    }
});
Sco::cancel($c);
echo "not reached\n";
?>
--EXPECTF--
selector: waits
main: waiting poppers 2, waiting pushers 1
selector: Study\Coroutine\CanceledException: %s
bool(true)
timed selector: Study\Coroutine\CanceledException
bool(true)
main: waiting poppers 0, waiting pushers 0
bool(true)
int(1)
string(6) "queued"
bool(false)
-- uncaught
finally of 3

Fatal error: Uncaught Study\Coroutine\CanceledException: %s in %s:%d
Stack trace:
#0 %s(%d): Study\Coroutine\Channel::select(Array)
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(31): {coroutine 3, created by the main script}()
#3 {main}
  thrown in %s on line %d
