--TEST--
Study\Coroutine: a final class of public static methods, alias SCo in any case, not serializable; Study\Coroutine\Error extends Error
--EXTENSIONS--
study
--FILE--
<?php
$class = new ReflectionClass('Study\Coroutine');
var_dump($class->isFinal(), $class->getExtensionName());
$error = new ReflectionClass('Study\Coroutine\Error');
var_dump($error->getParentClass()->getName(), $error->isFinal(), $error->getExtensionName());
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
?>
--EXPECT--
bool(true)
string(5) "study"
string(5) "Error"
bool(false)
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
sleep
cancel
join
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
