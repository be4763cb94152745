--TEST--
INI study.hook_flags (here HOOK_SLEEP | HOOK_TCP = 3): the hooks are on when the request starts, without a call to Study\Runtime::enableCoroutine(): getHookFlags() returns 3 and sleeping coroutines yield to each other; disableCoroutine() turns them off for the rest of the request
--EXTENSIONS--
study
--INI--
study.hook_flags=3
--FILE--
<?php
var_dump(ini_get('study.hook_flags'), Study\Runtime::getHookFlags());
// Started in the order of their deadlines, so that order holds however slow the run; blocking sleeps would print
// before "main goes on".
Sgo(function () { usleep(20000); echo "b: slept 20 ms\n"; });
Sgo(function () { usleep(200000); echo "a: slept 200 ms\n"; });
echo "main goes on\n";
study_event_wait();
var_dump(Study\Runtime::disableCoroutine(), Study\Runtime::getHookFlags());
// Not hooked any more: the sleep blocks the process, so the coroutine ends before the main script goes on.
Sgo(function () { usleep(20000); echo "c: slept 20 ms, blocking\n"; });
echo "main goes on\n";
?>
--EXPECT--
string(1) "3"
int(3)
main goes on
b: slept 20 ms
a: slept 200 ms
bool(true)
int(0)
c: slept 20 ms, blocking
main goes on
