--TEST--
Study\Coroutine::join() in the main script runs the loop until the listed coroutines have ended (others and timers run meanwhile), or until the timeout passes
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// Each wait starts after the one before it and is longer, so they end in the order started, however slow the run.
Study\Timer::after(0.005, function () { echo "timer fires\n"; });
$b = Sgo(function () { Sco::sleep(0.01); echo "b ends\n"; });
$a = Sgo(function () { Sco::sleep(0.02); echo "a ends\n"; return 'a'; });
echo "main: joins a and b\n";
var_dump(Sco::join([$a, $b]));
// Waits for a value that only a timer started after the short join below sends: that join times out however slow
// the run.
$release = new Study\Coroutine\Channel(1);
$later = Sgo(function () use ($release) { $release->pop(); echo "later ends\n"; });
echo "main: later alive: ", var_export(Sco::exists($later), true), "\n";
echo "main: joins later with a short timeout\n";
var_dump(Sco::join([$later], 0.01));
Study\Timer::after(0.01, function () use ($release) { $release->push(true); });
echo "main: joins later\n";
var_dump(Sco::join([$later]));
echo "main: end, live ", count(Sco::list()), "\n";
?>
--EXPECT--
main: joins a and b
timer fires
b ends
a ends
bool(true)
main: later alive: true
main: joins later with a short timeout
bool(false)
main: joins later
later ends
bool(true)
main: end, live 0
