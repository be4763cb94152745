--TEST--
Study\Coroutine: exhausting memory_limit inside a coroutine is the usual fatal error; the script stops and shutdown functions run
--EXTENSIONS--
study
--INI--
memory_limit=16M
--ENV--
USE_TRACKED_ALLOC=1
--FILE--
<?php
// USE_TRACKED_ALLOC=1: under valgrind (USE_ZEND_ALLOC=0) memory_limit is only enforced for tracked allocations, and
// PHP itself leaks after a fatal error without tracking.
register_shutdown_function(function () { echo "shutdown function\n"; });
$sleeper = Sgo(function () {
    $keep = str_repeat('y', 1000);
    Sco::yield();
});
Sgo(function () {
    Sgo(function () {
        $list = [];
        while (true) {
            $list[] = str_repeat('x', 1024);
        }
    });
    echo "not reached\n";
});
echo "not reached\n";
?>
--EXPECTF--
Fatal error: Allowed memory size of 16777216 bytes exhausted (tried to allocate %d bytes) in %s on line 13
shutdown function
