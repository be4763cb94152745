--TEST--
Misuse of the Study\Coroutine\Channel constructor left uncaught inside a coroutine (a subclass that never called parent::__construct(), whose pop() throws Error): reported as an uncaught exception of that coroutine, the script stops, shutdown functions run and a coroutine waiting in another channel's pop() is destroyed (its finally block runs)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class Forgetful extends Channel {
    public function __construct() {}
}
$good = new Channel(1);
Sgo(function () use ($good) {
    try {
        $good->pop();
    } finally {
        echo "waiting consumer: finally\n";
    }
});
Sgo(function () {
    Sco::sleep(0.01);
    $chan = new Forgetful();
    $chan->pop();
    echo "not reached\n";
});
register_shutdown_function(function () { echo "shutdown function\n"; });
echo "main: end\n";
?>
--EXPECTF--
main: end

Fatal error: Uncaught %r(Study\\Coroutine\\)?%rError: %s in %s:%d
Stack trace:
#0 %s(%d): Study\Coroutine\Channel->pop()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(15): {coroutine 2, created by the main script}()
#3 {main}
  thrown in %s on line %d
waiting consumer: finally
shutdown function
