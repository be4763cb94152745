--TEST--
Study\Coroutine::cancel() of a coroutine waiting in gethostbyname() or getaddrinfo(): cancel() returns true, the lookup ends at once as a failed lookup does (false, with a warning that says it was canceled, and nothing else), the coroutine goes on, and the result that the thread pool delivers later is dropped safely; later lookups work
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\System;

$log = [];
foreach (['gethostbyname', 'getaddrinfo'] as $function) {
    $cid = Sgo(function () use ($function, &$log) {
        try {
            $r = System::$function('localhost');
            $log[] = "$function: " . ($r === false ? "ended without an address" : "NOT canceled: " . json_encode($r));
        } catch (Throwable $e) {
            $log[] = "$function: threw " . get_class($e) . ": " . $e->getMessage();
        }
        $log[] = "$function: the coroutine goes on";
    });
    var_dump(Sco::cancel($cid));
    Sco::join([$cid]);
}
echo implode("\n", $log), "\n";
// Let the thread pool finish the abandoned lookups, then look up again.
Sco::sleep(0.1);
var_dump(System::gethostbyname('localhost'));
?>
--EXPECTF--
Warning: Study\Coroutine\System::gethostbyname(): cannot resolve "localhost": canceled in %s on line %d
bool(true)

Warning: Study\Coroutine\System::getaddrinfo(): cannot resolve "localhost": canceled in %s on line %d
bool(true)
gethostbyname: ended without an address
gethostbyname: the coroutine goes on
getaddrinfo: ended without an address
getaddrinfo: the coroutine goes on
string(9) "127.0.0.1"
