--TEST--
End of the script with coroutines waiting in push() on a full channel, select() and WaitGroup::wait() that nothing can end: one deadlock warning lists each with its backtrace, then they are destroyed in id order (finally blocks run, the values they held are released, nothing leaks); a coroutine waiting with a timeout is not part of the deadlock, its timeout ends its wait first
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\WaitGroup;

class Tracked {
    public function __construct(public string $name) {}
    public function __destruct() { echo "{$this->name} released\n"; }
}
$full = new Channel(1);
$full->push('queued');
$empty = new Channel(0);
$wg = new WaitGroup(2);
Sgo(function () use ($full) {
    try {
        $full->push(new Tracked('value of the pusher'));
    } finally {
        echo "pusher: finally\n";
    }
});
Sgo(function () use ($full, $empty) {
    try {
        Channel::select([$empty], [[$full, new Tracked('value of the selector')]]);
    } finally {
        echo "selector: finally\n";
    }
});
Sgo(function () use ($wg) {
    try {
        $wg->wait();
    } finally {
        echo "waiter: finally\n";
    }
});
Sgo(function () use ($empty) {
    var_dump($empty->pop(0.02));
    echo "timed popper: timed out with errCode {$empty->errCode}\n";
});
echo "main: end\n";
?>
--EXPECTF--
main: end
bool(false)
timed popper: timed out with errCode -1

Warning: all coroutines are asleep - deadlock: 3 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [channel push on channel #%d in Study\Coroutine\Channel->push()]:
#0 %s(%d): Study\Coroutine\Channel->push()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(13): {coroutine 1, created by the main script}()

coroutine 2 [channel select of 2 operations in Study\Coroutine\Channel::select()]:
#0 %s(%d): Study\Coroutine\Channel::select()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(20): {coroutine 2, created by the main script}()

coroutine 3 [wait group in Study\Coroutine\WaitGroup->wait()]:
#0 %s(%d): Study\Coroutine\WaitGroup->wait()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(27): {coroutine 3, created by the main script}()
 in %s on line %d
value of the pusher released
pusher: finally
value of the selector released
selector: finally
waiter: finally
