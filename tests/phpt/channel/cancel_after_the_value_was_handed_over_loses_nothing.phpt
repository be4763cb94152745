--TEST--
Study\Coroutine::cancel() of a coroutine whose wait in pop(), push() or select() was already completed (value handed over, not yet resumed): the coroutine is no longer waiting, so cancel() warns and returns false, and the operation returns its value normally; every value ends up in exactly one place
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(1);
$popper = Sgo(function () use ($chan) {
    $value = $chan->pop();
    echo "popper: got ", var_export($value, true), ", errCode {$chan->errCode}\n";
});
$chan->push('handed over');
var_dump(Sco::cancel($popper));
Sco::join([$popper]);
var_dump($chan->length());

echo "-- push\n";
$chan->push('queued');
$pusher = Sgo(function () use ($chan) {
    $ok = $chan->push('moved in');
    echo "pusher: ", var_export($ok, true), ", errCode {$chan->errCode}\n";
});
var_dump($chan->pop());
var_dump(Sco::cancel($pusher));
Sco::join([$pusher]);
var_dump($chan->pop(0), $chan->pop(0));

echo "-- select\n";
$selector = Sgo(function () use ($chan) {
    $result = Channel::select([$chan]);
    echo "selector: got {$result['value']}\n";
});
$chan->push('to the select');
var_dump(Sco::cancel($selector));
Sco::join([$selector]);
var_dump($chan->length());
?>
--EXPECTF--
Warning: Study\Coroutine::cancel(): coroutine 1 is not waiting in a cancellable point in %s on line %d
bool(false)
popper: got 'handed over', errCode 0
int(0)
-- push
string(6) "queued"

Warning: Study\Coroutine::cancel(): coroutine 2 is not waiting in a cancellable point in %s on line %d
bool(false)
pusher: true, errCode 0
string(8) "moved in"
bool(false)
-- select

Warning: Study\Coroutine::cancel(): coroutine 3 is not waiting in a cancellable point in %s on line %d
bool(false)
selector: got to the select
int(0)
