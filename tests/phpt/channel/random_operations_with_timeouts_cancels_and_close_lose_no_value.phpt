--TEST--
Study\Coroutine\Channel under a random mix (fixed seed) of pushes, pops and selects with every kind of timeout on buffered and unbuffered channels, while a canceller cancels random coroutines and all channels are closed at the end: every value whose push (or select push) reported success is popped exactly once, no value whose push failed is ever popped
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

mt_srand(20261127);
$chans = [new Channel(0), new Channel(1), new Channel(2), new Channel(0)];
$sent = [];
$received = [];
$next = 0;
$timeouts = [-1, 0, 0.001, 0.003];
$workers = [];
for ($w = 0; $w < 12; $w++) {
    $ops = [];
    for ($k = 0; $k < 60; $k++) {
        $ops[] = [mt_rand(0, 9), mt_rand(0, 3), $timeouts[mt_rand(0, 3)], mt_rand(0, 3)];
    }
    $workers[] = Sgo(function () use ($ops, $chans, &$sent, &$received, &$next) {
        foreach ($ops as [$kind, $i, $timeout, $j]) {
            $chan = $chans[$i];
            if ($kind < 4) {
                $id = $next++;
                if ($chan->push($id, $timeout)) {
                    $sent[$id] = true;
                }
            } elseif ($kind < 8) {
                $value = $chan->pop($timeout);
                if ($value !== false) {
                    $received[] = $value;
                }
            } elseif ($kind === 8) {
                $id = $next++;
                try {
                    $result = Channel::select([$chans[$j]], [[$chan, $id]], $timeout);
                    if ($result !== false && $result['errCode'] === Channel::OK) {
                        if ($result['op'] === 'pop') {
                            $received[] = $result['value'];
                        } else {
                            $sent[$id] = true;
                        }
                    }
                } catch (Study\Coroutine\CanceledException $e) {
                }
            } else {
                try {
                    Sco::sleep(0);
                } catch (Study\Coroutine\CanceledException $e) {
                }
            }
        }
    });
}
$canceller = Sgo(function () use ($workers) {
    for ($i = 0; $i < 50; $i++) {
        Sco::sleep(0.001);
        $cid = $workers[mt_rand(0, count($workers) - 1)];
        if (Sco::exists($cid)) {
            @Sco::cancel($cid);
        }
    }
});
Sco::join([$canceller]);
// Wakes every worker still waiting; the rest of their operations fail at once.
foreach ($chans as $chan) {
    $chan->close();
}
Sco::join($workers);
foreach ($chans as $chan) {
    while (($value = $chan->pop()) !== false) {
        $received[] = $value;
    }
}
$counts = array_count_values($received);
echo "values pushed: ", $next > 300 ? "many" : $next, "\n";
echo "successful pushes popped: ", count($sent) === count($received) ? "all" : count($received) . " of " . count($sent), "\n";
echo "popped twice: ", count(array_filter($counts, fn($n) => $n > 1)), "\n";
echo "lost: ", count(array_diff_key($sent, $counts)), "\n";
echo "popped although the push failed: ", count(array_diff_key($counts, $sent)), "\n";
echo "live coroutines: ", count(Sco::list()), "\n";
?>
--EXPECT--
values pushed: many
successful pushes popped: all
popped twice: 0
lost: 0
popped although the push failed: 0
live coroutines: 0
