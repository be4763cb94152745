--TEST--
Study\Coroutine: 100,000 coroutines suspended at the same time are all alive and listed, and all run to the end when resumed
--EXTENSIONS--
study
--INI--
memory_limit=-1
--FILE--
<?php
// Fewer under valgrind (USE_ZEND_ALLOC=0), where each one costs far more time.
$n = getenv('USE_ZEND_ALLOC') === '0' ? 2000 : 100000;
$finished = 0;
$ids = [];
for ($i = 0; $i < $n; $i++) {
    $ids[] = Sgo(function (int $index) use (&$finished) {
        $mine = "coroutine $index";
        Sco::yield();
        if ($mine === "coroutine $index" && Sco::getCid() === $index + 1) {
            $finished++;
        }
    }, $i);
}
$s = Sco::stats();
echo "live: ", var_export($s['coroutine_num'] === $n, true), ", peak: ", var_export($s['coroutine_peak_num'] === $n, true), "\n";
echo "listed: ", var_export(Sco::list() === range(1, $n), true), "\n";
echo "ids: ", var_export($ids === range(1, $n), true), "\n";
$exist = 0;
foreach ($ids as $cid) {
    $exist += Sco::exists($cid) ? 1 : 0;
}
echo "all exist: ", var_export($exist === $n, true), "\n";
// They share a few C stacks: all but at most 16 have their frames copied off to a small heap buffer.
echo "shared stacks: ", var_export($s['stack_shared_num'] >= 1 && $s['stack_shared_num'] <= 16, true),
    ", saved: ", var_export($s['stack_saved_num'] >= $n - 16 && $s['stack_saved_num'] <= $n, true),
    ", under 4 KB each: ", var_export($s['stack_saved_bytes'] / $s['stack_saved_num'] < 4096, true), "\n";
$copiesIn = $s['stack_copies_in'];
// Resume in a scrambled but deterministic order.
$order = $ids;
mt_srand(42);
shuffle($order);
$resumed = 0;
foreach ($order as $cid) {
    $resumed += Sco::resume($cid) ? 1 : 0;
}
echo "resumed: ", var_export($resumed === $n, true), ", finished: ", var_export($finished === $n, true), "\n";
$s = Sco::stats();
echo "coroutine_num: {$s['coroutine_num']}, list: ", count(Sco::list()), "\n";
// Every saved copy was put back (and freed when its coroutine ended); still no more than 16 shared stacks.
echo "saved: {$s['stack_saved_num']}, saved bytes: {$s['stack_saved_bytes']}, shared stacks: ",
    var_export($s['stack_shared_num'] <= 16, true), ", copied back: ",
    var_export($s['stack_copies_in'] - $copiesIn >= $n - 16, true), "\n";
?>
--EXPECT--
live: true, peak: true
listed: true
ids: true
all exist: true
shared stacks: true, saved: true, under 4 KB each: true
resumed: true, finished: true
coroutine_num: 0, list: 0
saved: 0, saved bytes: 0, shared stacks: true, copied back: true
