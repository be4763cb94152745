--TEST--
Study\Coroutine\Channel: values are kept by reference count, never copied: a popped object is the very object pushed (===, same spl_object_id, changes made after the push are seen), also across coroutines; arrays and strings keep PHP's value semantics (changing the pusher's variable after the push does not change the queued value)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$chan = new Channel(2);
$object = new stdClass();
$object->n = 1;
$chan->push($object);
$object->n = 2;
$popped = $chan->pop();
var_dump($popped === $object, spl_object_id($popped) === spl_object_id($object), $popped->n);

$consumer = Sgo(function () use ($chan, $object) {
    $got = $chan->pop();
    var_dump($got === $object);
    $got->seenBy = 'consumer';
});
$chan->push($object);
Sco::join([$consumer]);
var_dump($object->seenBy);

$array = [1, 2, 3];
$chan->push($array);
$array[] = 4;
var_dump($chan->pop());

$string = str_repeat('ab', 3);
$chan->push($string);
$string .= 'changed';
var_dump($chan->pop());

// A reference gives the value it has at the time of the push.
$x = 'before';
$ref = &$x;
$chan->push($ref);
$x = 'after';
var_dump($chan->pop());

// A closure comes out as the same closure, with what it captured.
$counter = 0;
$increment = function () use (&$counter) { return ++$counter; };
$chan->push($increment);
$fn = $chan->pop();
var_dump($fn === $increment, $fn(), $fn(), $counter);
?>
--EXPECT--
bool(true)
bool(true)
int(2)
bool(true)
string(8) "consumer"
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
string(6) "ababab"
string(6) "before"
bool(true)
int(1)
int(2)
int(2)
