--TEST--
Study\Coroutine: set_exception_handler() is called for an exception a coroutine does not catch, as in the main script, and the script stops
--EXTENSIONS--
study
--FILE--
<?php
set_exception_handler(function (Throwable $e) {
    echo "handler: ", get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
    echo "handler: previous ", $e->getPrevious() ? $e->getPrevious()->getMessage() : "none", "\n";
});
register_shutdown_function(function () { echo "shutdown, live: ", json_encode(Sco::list()), "\n"; });
$cid = Sgo(function () {
    Sco::defer(fn() => print("defer runs before the handler\n"));
    Sco::yield();
    try {
        throw new InvalidArgumentException("first");
    } catch (Exception $e) {
        throw new DomainException("second", 0, $e);
    }
});
echo "main: resuming\n";
Sco::resume($cid);
echo "main: not reached\n";
?>
--EXPECT--
main: resuming
defer runs before the handler
handler: DomainException: second (line 13)
handler: previous first
shutdown, live: []
