--TEST--
The tutorial's push-then-pop script (tests/coroutine/channel/push_pop.phpt there): coroutine A pushes into the default channel of capacity 1 without waiting, coroutine B started after it pops the value
--EXTENSIONS--
study
--FILE--
<?php

$chan = new Study\Coroutine\Channel();

Sgo(function () use ($chan) {
    var_dump("push start");
    $ret = $chan->push("hello world");
    var_dump($ret);
});

Sgo(function () use ($chan) {
    var_dump("pop start");
    $ret = $chan->pop();
    var_dump($ret);
});
?>
--EXPECT--
string(10) "push start"
bool(true)
string(9) "pop start"
string(11) "hello world"
