--TEST--
Study\Coroutine::cancel() of a coroutine waiting in pop() (with or without timeout): no exception, the pop returns false with errCode CANCELED and the coroutine runs at once; the canceled pop is no longer a waiting consumer, so a later push stays in the channel for the next pop
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$popper = Sgo(function () use ($chan) {
    echo "popper: waits\n";
    try {
        $value = $chan->pop();
        echo "popper: pop returned ", var_export($value, true), ", errCode {$chan->errCode}\n";
    } catch (Throwable $e) {
        echo "popper: must not throw ", get_class($e), "\n";
    }
    Sco::sleep(0.01);
    echo "popper: got " . $chan->pop(0) . " later\n";
});
$timed = Sgo(function () use ($chan) {
    $value = $chan->pop(10);
    echo "timed popper: pop returned ", var_export($value, true), ", errCode {$chan->errCode}\n";
});
echo "main: waiting poppers ", $chan->stats()['consumer_num'], "\n";
echo "main: cancels $popper\n";
var_dump(Sco::cancel($popper));
echo "main: cancels $timed\n";
var_dump(Sco::cancel($timed));
echo "main: waiting poppers ", $chan->stats()['consumer_num'], "\n";
var_dump($chan->push('for the next pop'));
echo "main: length {$chan->length()}\n";
Sco::join(Sco::list());
echo "main: length {$chan->length()}\n";
?>
--EXPECT--
popper: waits
main: waiting poppers 2
main: cancels 1
popper: pop returned false, errCode -3
bool(true)
main: cancels 2
timed popper: pop returned false, errCode -3
bool(true)
main: waiting poppers 0
bool(true)
main: length 1
popper: got for the next pop later
main: length 0
