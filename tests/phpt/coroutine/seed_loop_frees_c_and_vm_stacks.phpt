--TEST--
Study\Coroutine: the seed's while(true) Sgo(fn) loop runs at flat memory: a million finished coroutines free their C stacks, VM stacks and values
--EXTENSIONS--
study
--ENV--
USE_TRACKED_ALLOC=1
--FILE--
<?php
// Under valgrind (USE_ZEND_ALLOC=0) fewer iterations. USE_TRACKED_ALLOC=1 keeps memory_get_usage() meaningful there
// (it counts every emalloc), while valgrind itself reports leaks of anything allocated outside the engine. RSS is
// not compared under valgrind: its own bookkeeping (the freed-block queue) grows it by design.
$valgrind = getenv('USE_ZEND_ALLOC') === '0';
$n = $valgrind ? 20000 : 1000000;

function rss_kb(): int {
    preg_match('/^VmRSS:\s+(\d+) kB$/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}
function check(string $label, int $memBefore, int $rssBefore, bool $valgrind): void {
    $memGrowth = memory_get_usage() - $memBefore;
    $rssGrowth = rss_kb() - $rssBefore;
    echo "$label: memory_get_usage() within 4 KB: ", var_export(abs($memGrowth) <= 4096, true),
        ", RSS growth under 4 MB: ", var_export($valgrind || $rssGrowth < 4096, true),
        ", live: ", Sco::stats()['coroutine_num'], "\n";
    if (abs($memGrowth) > 4096 || (!$valgrind && $rssGrowth >= 4096)) {
        echo "  memory grew by $memGrowth bytes, RSS by $rssGrowth kB\n";
    }
}

// Warm up the caches (shared stacks, free lists, engine allocator) before measuring.
for ($i = 0; $i < 1000; $i++) {
    Sgo(function () { $cid = Sco::getCid(); });
    Sco::resume(Sgo(function ($x) { Sco::yield(); }, [$i]));
}
$first = Sco::stats()['coroutine_last_cid'] + 1;

// The seed: create, run to the end, repeat.
$memBefore = memory_get_usage();
$rssBefore = rss_kb();
for ($i = 0; $i < $n; $i++) {
    $last = Sgo(function () {
        $cid = Sco::getCid();
    });
}
check("run to the end", $memBefore, $rssBefore, $valgrind);
var_dump($last - $first + 1 === $n);

// Coroutines that suspend once with an argument and are resumed to the end.
$memBefore = memory_get_usage();
$rssBefore = rss_kb();
for ($i = 0; $i < $n / 2; $i++) {
    Sco::resume(Sgo(function (array $data) {
        Sco::yield();
        return count($data);
    }, [$i, "payload $i"]));
}
check("yield and resume", $memBefore, $rssBefore, $valgrind);

// A parent that creates a child, both suspending, with a defer each.
$memBefore = memory_get_usage();
$rssBefore = rss_kb();
for ($i = 0; $i < $n / 4; $i++) {
    $parent = Sgo(function () {
        Sco::defer(function () {});
        $child = Sgo(function () {
            Sco::defer(function () {});
            Sco::yield();
        });
        Sco::yield();
        Sco::resume($child);
    });
    Sco::resume($parent);
}
check("nested with defers", $memBefore, $rssBefore, $valgrind);
$s = Sco::stats();
// Never more than two coroutines were alive, so at most two shared stacks were mapped (never more than 16), each
// coroutine had a stack to itself and no frames were ever copied off a stack.
echo "peak: {$s['coroutine_peak_num']}, shared stacks: ", var_export($s['stack_shared_num'] >= 1 && $s['stack_shared_num'] <= 2, true),
    ", bytes: ", var_export($s['stack_shared_bytes'] === $s['stack_shared_num'] * $s['c_stack_size'], true),
    ", saved: {$s['stack_saved_num']}/{$s['stack_saved_bytes']}, copies: {$s['stack_copies_out']}/{$s['stack_copies_in']}\n";
?>
--EXPECT--
run to the end: memory_get_usage() within 4 KB: true, RSS growth under 4 MB: true, live: 0
bool(true)
yield and resume: memory_get_usage() within 4 KB: true, RSS growth under 4 MB: true, live: 0
nested with defers: memory_get_usage() within 4 KB: true, RSS growth under 4 MB: true, live: 0
peak: 2, shared stacks: true, bytes: true, saved: 0/0, copies: 0/0
