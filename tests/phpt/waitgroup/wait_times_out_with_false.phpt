--TEST--
Study\Coroutine\WaitGroup::wait() with a timeout: 0 only checks (false at once while the counter is above 0), a positive timeout returns false once it passed and leaves the counter as it was, in a coroutine and in the main script; a wait whose counter reaches 0 before its (far longer) timeout returns true
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

$wg = new WaitGroup(1);
var_dump($wg->wait(0));
Sgo(function () use ($wg) {
    var_dump($wg->wait(0));
    echo "coroutine: did not suspend\n";
});
echo "main: after Sgo\n";
Sgo(function () use ($wg) {
    var_dump($wg->wait(0.01));
    echo "coroutine: timed out, counter ", $wg->count(), "\n";
});
echo "main: the coroutine waits\n";
Sco::join(Sco::list());
var_dump($wg->wait(0.01));
echo "main: timed out, counter ", $wg->count(), "\n";

echo "-- in time\n";
// The worker's sleep starts long before the wait's timeout could pass.
Sgo(function () use ($wg) { Sco::sleep(0.01); echo "worker: done\n"; $wg->done(); });
var_dump($wg->wait(10));
echo "main: counter ", $wg->count(), "\n";
?>
--EXPECT--
bool(false)
bool(false)
coroutine: did not suspend
main: after Sgo
main: the coroutine waits
bool(false)
coroutine: timed out, counter 1
bool(false)
main: timed out, counter 1
-- in time
worker: done
bool(true)
main: counter 0
