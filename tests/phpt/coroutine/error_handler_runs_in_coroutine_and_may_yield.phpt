--TEST--
Study\Coroutine: set_error_handler() handlers run inside the coroutine that raised the error, may yield there, and may throw ErrorException for the coroutine to catch
--EXTENSIONS--
study
--FILE--
<?php
set_error_handler(function (int $no, string $message) {
    $cid = Sco::getCid();
    echo "handler: $message in cid $cid\n";
    if (str_contains($message, 'yield')) {
        Sco::yield();
        echo "handler: resumed in cid ", Sco::getCid(), "\n";
    }
    if (str_contains($message, 'throw')) {
        throw new ErrorException($message, 0, $no);
    }
    return true;
});
$a = Sgo(function () {
    trigger_error("please yield", E_USER_NOTICE);
    echo "A: after the handler returned\n";
    try {
        trigger_error("please throw", E_USER_WARNING);
    } catch (ErrorException $e) {
        echo "A: caught ", $e->getMessage(), ", severity ", $e->getSeverity() === E_USER_WARNING ? "E_USER_WARNING" : "?", "\n";
    }
});
echo "main: A is suspended inside the handler\n";
Sco::resume($a);
// The handler is in place for the main script and for new coroutines.
trigger_error("from main", E_USER_NOTICE);
Sgo(function () {
    echo $undefined;
    echo "B: goes on\n";
});
?>
--EXPECT--
handler: please yield in cid 1
main: A is suspended inside the handler
handler: resumed in cid 1
A: after the handler returned
handler: please throw in cid 1
A: caught please throw, severity E_USER_WARNING
handler: from main in cid -1
handler: Undefined variable $undefined in cid 2
B: goes on
