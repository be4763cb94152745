--TEST--
Study\Coroutine\Channel in a destructor, where PHP before 8.4 forbids switching coroutines: a push or pop that completes without waiting works, one that would have to wait throws Study\Coroutine\Error instead of suspending
--EXTENSIONS--
study
--SKIPIF--
<?php if (PHP_VERSION_ID >= 80400) die("skip PHP 8.4 lets destructors switch (see coroutine/destructor_switches_like_a_fiber_since_php_8_4.phpt)"); ?>
--FILE--
<?php
use Study\Coroutine\Channel;

class Reporter {
    public function __construct(public Channel $chan) {}
    public function __destruct() {
        var_dump($this->chan->push('from the destructor', 0));
        try {
            $this->chan->push('would wait');
            echo "not reached\n";
        } catch (Study\Coroutine\Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
        var_dump($this->chan->pop(0));
        try {
            $this->chan->pop();
        } catch (Study\Coroutine\Error $e) {
            echo get_class($e), "\n";
        }
    }
}
$chan = new Channel(1);
Sgo(function () use ($chan) {
    $reporter = new Reporter($chan);
    unset($reporter);
    echo "coroutine: goes on\n";
});
?>
--EXPECTF--
bool(true)
Study\Coroutine\Error: Study\Coroutine\Channel::push(): cannot switch coroutines here%s
string(19) "from the destructor"
Study\Coroutine\Error
coroutine: goes on
