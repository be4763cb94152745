--TEST--
Study\Runtime: no hooks by default (getHookFlags() 0); enableCoroutine() returns true and enables HOOK_ALL; enableCoroutine($flags) sets exactly $flags, also when hooks are already on (switching from one set to another, or enabling the same set twice); enableCoroutine(0) leaves none; disableCoroutine() returns true and leaves none, also when called twice
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

$show = function (string $what, $result) {
    echo str_pad($what, 50), var_export($result, true), ", flags ", Runtime::getHookFlags(), "\n";
};
$show("at start", null);
$show("enableCoroutine()", Runtime::enableCoroutine());
$show("enableCoroutine() again", Runtime::enableCoroutine());
$show("enableCoroutine(HOOK_SLEEP)", Runtime::enableCoroutine(Runtime::HOOK_SLEEP));
$show("enableCoroutine(HOOK_TCP | HOOK_DNS)", Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_DNS));
$show("enableCoroutine(HOOK_TCP | HOOK_DNS) again", Runtime::enableCoroutine(Runtime::HOOK_TCP | Runtime::HOOK_DNS));
$show("enableCoroutine(HOOK_UDP | HOOK_UNIX | HOOK_UDG)", Runtime::enableCoroutine(Runtime::HOOK_UDP | Runtime::HOOK_UNIX | Runtime::HOOK_UDG));
$show("enableCoroutine(HOOK_STREAM_SELECT)", Runtime::enableCoroutine(Runtime::HOOK_STREAM_SELECT));
$show("enableCoroutine(0)", Runtime::enableCoroutine(0));
$show("enableCoroutine(HOOK_ALL)", Runtime::enableCoroutine(Runtime::HOOK_ALL));
$show("disableCoroutine()", Runtime::disableCoroutine());
$show("disableCoroutine() again", Runtime::disableCoroutine());
$show("enableCoroutine(HOOK_SLEEP | HOOK_TCP)", Runtime::enableCoroutine(Runtime::HOOK_SLEEP | Runtime::HOOK_TCP));
// From inside a coroutine as well.
Sco::join([Sgo(function () use ($show) {
    $show("in a coroutine: disableCoroutine()", Runtime::disableCoroutine());
    $show("in a coroutine: enableCoroutine()", Runtime::enableCoroutine());
})]);
$show("main again", null);
?>
--EXPECT--
at start                                          NULL, flags 0
enableCoroutine()                                 true, flags 32767
enableCoroutine() again                           true, flags 32767
enableCoroutine(HOOK_SLEEP)                       true, flags 1
enableCoroutine(HOOK_TCP | HOOK_DNS)              true, flags 34
enableCoroutine(HOOK_TCP | HOOK_DNS) again        true, flags 34
enableCoroutine(HOOK_UDP | HOOK_UNIX | HOOK_UDG)  true, flags 28
enableCoroutine(HOOK_STREAM_SELECT)               true, flags 64
enableCoroutine(0)                                true, flags 0
enableCoroutine(HOOK_ALL)                         true, flags 32767
disableCoroutine()                                true, flags 0
disableCoroutine() again                          true, flags 0
enableCoroutine(HOOK_SLEEP | HOOK_TCP)            true, flags 3
in a coroutine: disableCoroutine()                true, flags 0
in a coroutine: enableCoroutine()                 true, flags 32767
main again                                        NULL, flags 32767
