--TEST--
Study\Coroutine\Channel cannot be cloned (Error) or serialized (Exception), neither can a subclass; unserialize() of a forged string is refused too
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class MyChannel extends Channel {}

foreach ([new Channel(2), new MyChannel(2)] as $chan) {
    $chan->push('kept');
    try {
        $copy = clone $chan;
        echo "cloned\n";
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    try {
        echo serialize($chan), "\n";
    } catch (Exception $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    var_dump($chan->pop(0));
}
try {
    var_dump(unserialize('O:23:"Study\Coroutine\Channel":0:{}'));
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
Error: Trying to clone an uncloneable object of class Study\Coroutine\Channel
Exception: Serialization of 'Study\Coroutine\Channel' is not allowed
string(4) "kept"
Error: Trying to clone an uncloneable object of class MyChannel
Exception: Serialization of 'MyChannel' is not allowed
string(4) "kept"
Exception: Unserialization of 'Study\Coroutine\Channel' is not allowed
