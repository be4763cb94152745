--TEST--
Study\Coroutine\WaitGroup: a class of the study extension with add(), done(), wait() and count(); it cannot be cloned (Error) or serialized (Exception)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$class = new ReflectionClass(WaitGroup::class);
var_dump($class->getExtensionName());
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() ? " (static)" : "", "\n";
}
$wg = new WaitGroup(2);
try {
    $copy = clone $wg;
    echo "cloned\n";
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo serialize($wg), "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    var_dump(unserialize('O:25:"Study\Coroutine\WaitGroup":0:{}'));
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($wg->count());
?>
--EXPECT--
string(5) "study"
__construct
add
done
wait
count
Error: Trying to clone an uncloneable object of class Study\Coroutine\WaitGroup
Exception: Serialization of 'Study\Coroutine\WaitGroup' is not allowed
Exception: Unserialization of 'Study\Coroutine\WaitGroup' is not allowed
int(2)
