--TEST--
Study\Coroutine: a final class of public static methods, alias SCo in any case, not serializable; Study\Coroutine\Error extends Error
--EXTENSIONS--
study
--FILE--
<?php
$class = new ReflectionClass('Study\Coroutine');
var_dump($class->isFinal(), $class->getExtensionName());
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() && $method->isPublic() ? "" : " NOT PUBLIC STATIC", "\n";
}
foreach (['SCo', 'Sco', 'sco', 'SCO', '\study\coroutine'] as $name) {
    echo "$name -> ", (new ReflectionClass($name))->getName(), "\n";
}
var_dump(SCo::class === 'SCo', new ReflectionClass(Sco::class) == $class);
var_dump(is_callable('Sgo'), is_callable('sGo'), function_exists('SGO'));
var_dump((new ReflectionFunction('sgo'))->getNumberOfRequiredParameters(), (new ReflectionFunction('sgo'))->isVariadic());

try {
    serialize(new Study\Coroutine());
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    eval('class Mine extends Study\Coroutine {}');
} catch (Error $e) {
    echo "unreachable\n";
}
?>
--EXPECTF--
bool(true)
string(5) "study"
create
yield
resume
getCid
getPcid
isExist
exists
defer
list
stats
getBackTrace
set
SCo -> Study\Coroutine
Sco -> Study\Coroutine
sco -> Study\Coroutine
SCO -> Study\Coroutine
\study\coroutine -> Study\Coroutine
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(1)
bool(true)
Exception: Serialization of 'Study\Coroutine' is not allowed

Fatal error: Class Mine cannot extend final class Study\Coroutine in %s on line %d
