--TEST--
Study\Coroutine\System: a final class of the study extension with the static methods gethostbyname(), getaddrinfo() and waitSignal()
--EXTENSIONS--
study
--FILE--
<?php
$class = new ReflectionClass(Study\Coroutine\System::class);
var_dump($class->getExtensionName(), $class->isFinal());
foreach ($class->getMethods() as $method) {
    echo $method->getName(), $method->isStatic() ? " (static)" : " NOT STATIC", $method->isPublic() ? "" : " NOT PUBLIC", "\n";
}
?>
--EXPECT--
string(5) "study"
bool(true)
gethostbyname (static)
getaddrinfo (static)
waitSignal (static)
