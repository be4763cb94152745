--TEST--
Regression: Channel::select() keeps its channels alive while it waits, also when an element of its array is a
reference that another coroutine overwrites (the channel was freed under the waiting select: use after free)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(0);
$cases = [&$chan];
Sgo(function () use (&$chan) {
    Sco::sleep(0.01);
    $chan = null;   // the last reference outside the select
    echo "overwritten\n";
});
$r = Channel::select($cases, [], 0.2);
var_dump($r);
echo "done\n";
?>
--EXPECT--
overwritten
bool(false)
done
