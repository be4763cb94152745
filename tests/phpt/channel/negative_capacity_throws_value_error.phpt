--TEST--
new Study\Coroutine\Channel() with a negative capacity throws ValueError (the tutorial silently used 1), a capacity that is not an int throws TypeError; 0 makes an unbuffered channel
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

foreach ([-1, PHP_INT_MIN] as $capacity) {
    try {
        new Channel($capacity);
        echo "no error for $capacity\n";
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    new Channel("many");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump((new Channel(0))->capacity);
echo "end\n";
?>
--EXPECTF--
ValueError: Study\Coroutine\Channel::__construct(): Argument #1 ($capacity) %s
ValueError: Study\Coroutine\Channel::__construct(): Argument #1 ($capacity) %s
TypeError: Study\Coroutine\Channel::__construct(): Argument #1 ($capacity) must be of type int, string given
int(0)
end
