--TEST--
Study\Coroutine::join() with a timeout returns true when the coroutines it waits for end before the timeout, also when the loop could not run until both the end of their sleep and the timeout had passed: the earlier deadline counts first
--EXTENSIONS--
study
--FILE--
<?php
// The main script works for 0.03 s without suspending. B's sleep ended at 0.005 s, so B ends before A's join
// times out at 0.02 s, although both are overdue when the loop runs again.
function work(float $seconds) {
    $end = hrtime(true) + (int) ($seconds * 1e9);
    while (hrtime(true) < $end);
}
$b = Sgo(function () { Sco::sleep(0.005); echo "B: ends\n"; });
Sgo(function () use ($b) {
    var_dump(Sco::join([$b], 0.02));
    echo "A: joined\n";
});
work(0.03);
?>
--EXPECT--
B: ends
bool(true)
A: joined
