--TEST--
Study\Coroutine::sleep(0) and timers of 0 s with a later sleep or timer pending: the loop does not block until that later deadline first; sleep(0) returns before a coroutine whose sleep is not over yet wakes
--EXTENSIONS--
study
--FILE--
<?php
// The sleepers' deadline is a minute away: a sleep(0) that waited for it would take that long, which the time it took
// shows however loaded the machine is (a sleeper of 0.2 s woke first under valgrind on a busy machine). Each sleeper
// is canceled once the sleep(0) has returned.
function sleeper(): int
{
    return Sgo(function () {
        try {
            Sco::sleep(60);
            echo "SLEEPER SLEPT A MINUTE\n";
        } catch (Study\Coroutine\CanceledException) {
            echo "sleeper canceled\n";
        }
    });
}
function took(int $start): string
{
    return hrtime(true) - $start < 30e9 ? 'at once' : 'AFTER THE SLEEPER\'S DEADLINE';
}

$sleeper = sleeper();
$start = hrtime(true);
Sco::sleep(0);
echo "main: after sleep(0), ", took($start), "\n";
Sco::cancel($sleeper);
Sco::join([$sleeper]);

echo "--- a timer of 0 s\n";
$sleeper = sleeper();
Study\Timer::after(0, function () { echo "timer of 0 s\n"; });
$start = hrtime(true);
Sco::sleep(0);
echo "main: after sleep(0), ", took($start), "\n";
Sco::cancel($sleeper);
Sco::join([$sleeper]);

echo "--- a coroutine's sleep(0) while the main script waits\n";
$sleeper = sleeper();
$start = hrtime(true);
$zero = Sgo(function () { Sco::sleep(0); echo "coroutine: after sleep(0)\n"; });
// The main script waits for the coroutine only: it ends at once, long before the sleeper's deadline.
Sco::join([$zero]);
echo "main: joined, ", took($start), "\n";
Sco::cancel($sleeper);
Sco::join([$sleeper]);
?>
--EXPECT--
main: after sleep(0), at once
sleeper canceled
--- a timer of 0 s
timer of 0 s
main: after sleep(0), at once
sleeper canceled
--- a coroutine's sleep(0) while the main script waits
coroutine: after sleep(0)
main: joined, at once
sleeper canceled
