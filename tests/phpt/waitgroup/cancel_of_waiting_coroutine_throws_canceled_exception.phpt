--TEST--
Study\Coroutine::cancel() of a coroutine waiting in Study\Coroutine\WaitGroup::wait() (with or without timeout) throws Study\Coroutine\CanceledException at its wait, at once; the counter is unchanged and the other waiters still wake when it reaches 0
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup(1);
$canceled = Sgo(function () use ($wg) {
    try {
        $wg->wait();
        echo "canceled: not reached\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "canceled: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
});
$timed = Sgo(function () use ($wg) {
    try {
        $wg->wait(10);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "timed: ", get_class($e), "\n";
    }
});
Sgo(function () use ($wg) {
    var_dump($wg->wait());
    echo "patient: woke\n";
});
var_dump(Sco::cancel($canceled));
var_dump(Sco::cancel($timed));
echo "main: counter ", $wg->count(), "\n";
$wg->done();
echo "main: end\n";
?>
--EXPECTF--
canceled: Study\Coroutine\CanceledException: %s
bool(true)
timed: Study\Coroutine\CanceledException
bool(true)
main: counter 1
main: end
bool(true)
patient: woke
