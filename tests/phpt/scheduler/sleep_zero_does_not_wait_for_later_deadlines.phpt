--TEST--
Study\Coroutine::sleep(0) and timers of 0 s with a later sleep or timer pending: the loop does not block until that later deadline first; sleep(0) returns before a coroutine whose sleep is not over yet wakes
--EXTENSIONS--
study
--FILE--
<?php
// The sleepers sleep 0.2 s: far more than the moment between their start and the sleep(0), even under valgrind.
Sgo(function () { Sco::sleep(0.2); echo "sleeper woke\n"; });
Sco::sleep(0);
echo "main: after sleep(0)\n";
Sco::join(Sco::list());

echo "--- a timer of 0 s\n";
Sgo(function () { Sco::sleep(0.2); echo "sleeper woke\n"; });
Study\Timer::after(0, function () { echo "timer of 0 s\n"; });
Sco::sleep(0);
echo "main: after sleep(0)\n";
Sco::join(Sco::list());

echo "--- a coroutine's sleep(0) while the main script waits\n";
Sgo(function () { Sco::sleep(0.2); echo "sleeper woke\n"; });
$zero = Sgo(function () { Sco::sleep(0); echo "coroutine: after sleep(0)\n"; });
// The main script waits for the coroutine only: it ends at once, before the sleeper wakes.
Sco::join([$zero]);
echo "main: joined\n";
?>
--EXPECT--
main: after sleep(0)
sleeper woke
--- a timer of 0 s
timer of 0 s
main: after sleep(0)
sleeper woke
--- a coroutine's sleep(0) while the main script waits
coroutine: after sleep(0)
main: joined
sleeper woke
