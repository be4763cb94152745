--TEST--
An uncaught exception in a coroutine created by a coroutine: its trace ends with the line that created the coroutine
and who did ("{coroutine 2, created by coroutine 1}"), as a Fiber's trace goes on into the code that started it
--EXTENSIONS--
study
--FILE--
<?php
function fail(): never {
    throw new RuntimeException('boom');
}
Sgo(function () {
    Sgo(function () {
        fail();
    });
});
?>
--EXPECTF--
Fatal error: Uncaught RuntimeException: boom in %s:3
Stack trace:
#0 %s(7): fail()
#1 [internal function]: {closure%S}()
#2 %s(6): {coroutine 2, created by coroutine 1}()
#3 {main}
  thrown in %s on line 3
