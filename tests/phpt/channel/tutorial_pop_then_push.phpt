--TEST--
The tutorial's pop-then-push script (tests/coroutine/channel/pop_push.phpt there): coroutine A waits in pop(), coroutine B's push hands it the value and goes on at once; A runs with the value when the scheduler next runs (Go's order: the pusher does not switch to the popper, so "bool(true)" comes before the value, where the tutorial printed them the other way round)
--EXTENSIONS--
study
--FILE--
<?php

$chan = new Study\Coroutine\Channel();

Sgo(function () use ($chan) {
    var_dump("pop start");
    $ret = $chan->pop();
    var_dump($ret);
});

Sgo(function () use ($chan) {
    var_dump("push start");
    $ret = $chan->push("hello world");
    var_dump($ret);
});
?>
--EXPECT--
string(9) "pop start"
string(10) "push start"
bool(true)
string(11) "hello world"
