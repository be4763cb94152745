--TEST--
Study\Runtime: a class of the study extension with the public static methods enableCoroutine(int $flags = HOOK_ALL): bool, disableCoroutine(): bool, getHookFlags(): int and metrics(): string, and the int constants HOOK_SLEEP 1, HOOK_TCP 2, HOOK_UDP 4, HOOK_UNIX 8, HOOK_UDG 16, HOOK_DNS 32, HOOK_STREAM_SELECT 64, HOOK_SSL 128, HOOK_TLS 256, HOOK_CURL 512, HOOK_PROC 1024, HOOK_FILE 2048, HOOK_PDO_PGSQL 4096, HOOK_PGSQL 8192, HOOK_SOCKETS 16384 and HOOK_ALL 32767 (all of them together)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

$class = new ReflectionClass(Runtime::class);
var_dump($class->getExtensionName());
$methods = [];
foreach ($class->getMethods() as $method) {
    $params = [];
    foreach ($method->getParameters() as $p) {
        $params[] = $p->getType() . ' $' . $p->getName() . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    $methods[$method->getName()] = $method->getName() . '(' . implode(', ', $params) . '): ' . $method->getReturnType()
        . ($method->isStatic() ? '' : ' NOT STATIC') . ($method->isPublic() ? '' : ' NOT PUBLIC');
}
ksort($methods);
echo implode("\n", $methods), "\n";
$constants = $class->getConstants();
ksort($constants);
var_dump($constants);
$all = 0;
foreach ($constants as $name => $value) {
    $all |= $name === 'HOOK_ALL' ? 0 : $value;
}
echo "HOOK_ALL is every other flag together: ", $all === Runtime::HOOK_ALL ? "yes" : "NO", "\n";
?>
--EXPECT--
string(5) "study"
disableCoroutine(): bool
enableCoroutine(int $flags = 32767): bool
getHookFlags(): int
metrics(): string
array(16) {
  ["HOOK_ALL"]=>
  int(32767)
  ["HOOK_CURL"]=>
  int(512)
  ["HOOK_DNS"]=>
  int(32)
  ["HOOK_FILE"]=>
  int(2048)
  ["HOOK_PDO_PGSQL"]=>
  int(4096)
  ["HOOK_PGSQL"]=>
  int(8192)
  ["HOOK_PROC"]=>
  int(1024)
  ["HOOK_SLEEP"]=>
  int(1)
  ["HOOK_SOCKETS"]=>
  int(16384)
  ["HOOK_SSL"]=>
  int(128)
  ["HOOK_STREAM_SELECT"]=>
  int(64)
  ["HOOK_TCP"]=>
  int(2)
  ["HOOK_TLS"]=>
  int(256)
  ["HOOK_UDG"]=>
  int(16)
  ["HOOK_UDP"]=>
  int(4)
  ["HOOK_UNIX"]=>
  int(8)
}
HOOK_ALL is every other flag together: yes
