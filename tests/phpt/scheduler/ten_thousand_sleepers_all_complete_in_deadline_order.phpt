--TEST--
Study\Coroutine::sleep(): 10,000 coroutines sleeping at once all wake in their own coroutine with true and complete; one that started to sleep earlier completes earlier when its sleep is not longer, so each group of equal sleeps completes in start order and no shorter sleep completes after a longer one started later
--EXTENSIONS--
study
--INI--
memory_limit=-1
--FILE--
<?php
// Fewer under valgrind (USE_ZEND_ALLOC=0), where each one costs far more time.
$n = getenv('USE_ZEND_ALLOC') === '0' ? 500 : 10000;
$sleeps = [0.03, 0.01, 0.02];
$completed = [];
for ($i = 0; $i < $n; $i++) {
    Sgo(function (int $i, float $seconds) use (&$completed) {
        $before = Sco::getCid();
        $ok = Sco::sleep($seconds);
        $completed[] = [$i, $ok && Sco::getCid() === $before];
    }, $i, $sleeps[$i % 3]);
}
echo "sleeping: ", var_export(count(Sco::list()) === $n, true), "\n";
Sco::join(Sco::list());
echo "completed: ", var_export(count($completed) === $n, true), "\n";
echo "all returned true in their own coroutine: ", var_export(count(array_filter(array_column($completed, 1))) === $n, true), "\n";

// Creating them takes a while, so a short sleep started late may end after a longer one started early: only the
// pairs whose order does not depend on that are checked. Coroutine $i starts to sleep before coroutine $j > $i.
$position = array_flip(array_column($completed, 0));
$violations = 0;
// The latest completion so far, per sleep length, among the coroutines created before $j.
$latest = [];
for ($j = 0; $j < $n; $j++) {
    $mine = $sleeps[$j % 3];
    foreach ($latest as $seconds => $pos) {
        // Started earlier with a sleep not longer than mine: completed before me.
        if ($seconds <= $mine && $pos > $position[$j]) {
            $violations++;
        }
    }
    $key = (string) $mine;
    $latest[$key] = max($latest[$key] ?? -1, $position[$j]);
}
echo "order violations: $violations\n";
echo "live: ", count(Sco::list()), "\n";
?>
--EXPECT--
sleeping: true
completed: true
all returned true in their own coroutine: true
order violations: 0
live: 0
