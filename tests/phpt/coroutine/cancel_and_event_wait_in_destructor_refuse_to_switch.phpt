--TEST--
Study\Coroutine::cancel() and study_event_wait() in a destructor, where PHP < 8.4 forbids switching, throw Study\Coroutine\Error as create(), resume() and yield() do, instead of running other coroutines there
--EXTENSIONS--
study
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die("skip PHP 8.4 allows switching in destructors"); ?>
--FILE--
<?php
class Canceler {
    public function __construct(public int $cid) {}
    public function __destruct() {
        try {
            Sco::cancel($this->cid);
            echo "not reached\n";
        } catch (Study\Coroutine\Error $e) {
            echo $e->getMessage(), "\n";
        }
        try {
            study_event_wait();
            echo "not reached\n";
        } catch (Study\Coroutine\Error $e) {
            echo $e->getMessage(), "\n";
        }
    }
}
$cid = Sgo(function () {
    try {
        Sco::sleep(0.05);
        echo "sleeper woke in time\n";
    } catch (Study\Coroutine\CanceledException $e) {
        echo "sleeper canceled\n";
    }
});
$canceler = new Canceler($cid);
unset($canceler);
echo "main goes on\n";
?>
--EXPECT--
Study\Coroutine::cancel(): cannot switch coroutines here (PHP forbids it while a destructor runs, before PHP 8.4, and while a pcntl signal handler runs); do it outside __destruct() or the handler
study_event_wait(): cannot switch coroutines here (PHP forbids it while a destructor runs, before PHP 8.4, and while a pcntl signal handler runs); do it outside __destruct() or the handler
main goes on
sleeper woke in time
