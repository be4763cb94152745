--TEST--
INI study.hook_flags defaults to 0: without it no hook is on, and usleep() in a coroutine blocks the whole process as PHP's does (the coroutine ends before the main script goes on)
--EXTENSIONS--
study
--FILE--
<?php
var_dump(ini_get('study.hook_flags'), Study\Runtime::getHookFlags());
Sgo(function () { usleep(20000); echo "coroutine: slept 20 ms\n"; });
echo "main goes on\n";
?>
--EXPECT--
string(1) "0"
int(0)
coroutine: slept 20 ms
main goes on
