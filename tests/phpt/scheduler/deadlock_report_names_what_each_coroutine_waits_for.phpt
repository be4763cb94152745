--TEST--
The deadlock report names what the main script and each coroutine wait for (channel pop and push with the channel's
id, yield, wait group, join with the ids), the function each waits in, and ends each backtrace with where the
coroutine was created
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\WaitGroup;

$a = new Channel(0);
$b = new Channel(0);
Sgo(fn() => $a->pop());
Sgo(fn() => $b->push(1));
Sgo(fn() => Sco::yield());
$group = new WaitGroup(1);
Sgo(fn() => $group->wait());
Sgo(fn() => Sco::join([1, 3]));
$main = new Channel(0);
echo "main pops\n";
$main->pop();
?>
--EXPECTF--
main pops

Warning: all coroutines are asleep - deadlock: 5 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
main script [channel pop on channel #%d]
coroutine 1 [channel pop on channel #%d in Study\Coroutine\Channel->pop()]:
#0 %s(7): Study\Coroutine\Channel->pop()
#1 [internal function]: {closure%S}()
#2 %s(7): {coroutine 1, created by the main script}()

coroutine 2 [channel push on channel #%d in Study\Coroutine\Channel->push()]:
#0 %s(8): Study\Coroutine\Channel->push()
#1 [internal function]: {closure%S}()
#2 %s(8): {coroutine 2, created by the main script}()

coroutine 3 [yield in Study\Coroutine::yield()]:
#0 %s(9): Study\Coroutine::yield()
#1 [internal function]: {closure%S}()
#2 %s(9): {coroutine 3, created by the main script}()

coroutine 4 [wait group in Study\Coroutine\WaitGroup->wait()]:
#0 %s(11): Study\Coroutine\WaitGroup->wait()
#1 [internal function]: {closure%S}()
#2 %s(11): {coroutine 4, created by the main script}()

coroutine 5 [join of coroutines 1, 3 in Study\Coroutine::join()]:
#0 %s(12): Study\Coroutine::join()
#1 [internal function]: {closure%S}()
#2 %s(12): {coroutine 5, created by the main script}()
 in %s on line 15
