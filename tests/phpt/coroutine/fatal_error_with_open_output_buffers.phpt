--TEST--
Study\Coroutine: on a fatal error in a coroutine its open output buffer is flushed like the main script's would be; buffers of suspended coroutines are freed
--EXTENSIONS--
study
--ENV--
USE_TRACKED_ALLOC=1
--FILE--
<?php
// USE_TRACKED_ALLOC=1: under valgrind (USE_ZEND_ALLOC=0) PHP itself leaks after any fatal error unless allocations
// are tracked; tracking keeps the run clean while valgrind still checks every access.
register_shutdown_function(function () { echo "shutdown function, level ", ob_get_level(), "\n"; });
$cid = Sgo(function () {
    ob_start(fn($text) => "<A:" . $text . ">");
    echo "A buffered before its yield";
    Sco::yield();
    echo "A after the resume";
});
// Suspended with an empty plain buffer when the fatal error comes.
Sgo(function () {
    ob_start();
    Sco::yield();
});
Sco::resume($cid);
echo "\n";
Sgo(function () {
    ob_start(fn($text) => "<B:" . $text . ">");
    echo "B";
    trigger_error("fatal", E_USER_ERROR);
});
?>
--EXPECTF--
<A:A buffered before its yieldA after the resume>
<B:B%r(\nDeprecated: Passing E_USER_ERROR to trigger_error\(\) is deprecated[^\n]*\n)?%r
Fatal error: fatal in %s on line %d
shutdown function, level 1
>
