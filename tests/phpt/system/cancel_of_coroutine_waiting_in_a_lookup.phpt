--TEST--
Study\Coroutine::cancel() of a coroutine waiting in gethostbyname() or getaddrinfo(): cancel() returns true, the lookup ends at once without an address (false, or a Study\Coroutine\CanceledException), the coroutine goes on, and the result that the thread pool delivers later is dropped safely; later lookups work
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
        } catch (Study\Coroutine\CanceledException $e) {
            $log[] = "$function: ended without an address";
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
%Abool(true)
%Abool(true)
gethostbyname: ended without an address
gethostbyname: the coroutine goes on
getaddrinfo: ended without an address
getaddrinfo: the coroutine goes on
string(9) "127.0.0.1"
