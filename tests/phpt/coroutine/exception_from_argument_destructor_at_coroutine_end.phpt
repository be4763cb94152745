--TEST--
Study\Coroutine: an exception thrown by the destructor of an argument released when the coroutine ends is reported as uncaught, after the body, and the script stops
--EXTENSIONS--
study
--FILE--
<?php
register_shutdown_function(fn() => print("shutdown function\n"));
class Bomb {
    public function __destruct() {
        throw new RuntimeException("from __destruct in cid " . Sco::getCid());
    }
}
$cid = Sgo(function (Bomb $bomb) {
    Sco::defer(fn() => print("defer\n"));
    Sco::yield();
    echo "body ends\n";
}, new Bomb());
echo "main: resume\n";
Sco::resume($cid);
echo "main: not reached\n";
?>
--EXPECTF--
main: resume
body ends
defer

Fatal error: Uncaught RuntimeException: from __destruct in cid 1 in %s:5
Stack trace:
%A
  thrown in %s on line 5
shutdown function
