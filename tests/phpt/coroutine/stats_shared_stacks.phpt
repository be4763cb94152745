--TEST--
Study\Coroutine::stats(): coroutines share at most 16 C stacks; suspended ones that lose their stack keep only the bytes they used, copied off and back, and the counters add up
--EXTENSIONS--
study
--FILE--
<?php
function check(string $label): array {
    $s = Sco::stats();
    echo "$label: live={$s['coroutine_num']}",
        " shared 1..16=", var_export($s['stack_shared_num'] >= 1 && $s['stack_shared_num'] <= 16, true),
        " bytes ok=", var_export($s['stack_shared_bytes'] === $s['stack_shared_num'] * $s['c_stack_size'], true),
        // Every copy taken off a stack is either still held or was copied back.
        " out-in=saved=", var_export($s['stack_copies_out'] - $s['stack_copies_in'] === $s['stack_saved_num'], true),
        " saved<=live=", var_export($s['stack_saved_num'] <= $s['coroutine_num'], true), "\n";
    return $s;
}
$s = Sco::stats();
echo "before: shared={$s['stack_shared_num']} bytes={$s['stack_shared_bytes']} saved={$s['stack_saved_num']}",
    " saved_bytes={$s['stack_saved_bytes']} out={$s['stack_copies_out']} in={$s['stack_copies_in']}\n";

// Fewer live coroutines than shared stacks: each keeps its frames in place, nothing is copied.
$ids = [];
for ($i = 0; $i < 10; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
$s = check("10 suspended");
echo "copies: {$s['stack_copies_out']}/{$s['stack_copies_in']}, saved: {$s['stack_saved_num']}\n";
foreach ($ids as $cid) {
    Sco::resume($cid);
}
$s = check("10 finished");
echo "copies: {$s['stack_copies_out']}/{$s['stack_copies_in']}, saved: {$s['stack_saved_num']}\n";
$mapped = $s['stack_shared_num'];

// A long create/finish loop maps nothing new and copies nothing.
for ($i = 0; $i < 2000; $i++) {
    Sgo(function () {});
}
$s = check("2000 sequential");
var_dump($s['stack_shared_num'] === $mapped, $s['stack_copies_out']);

// 1000 suspended at once: at most 16 stacks, all but at most 16 coroutines copied off, each copy small.
$n = 1000;
$ids = [];
for ($i = 0; $i < $n; $i++) {
    $ids[] = Sgo(function (int $i) {
        $mine = "coroutine $i";
        Sco::yield();
        return $mine;
    }, $i);
}
$s = check("$n suspended");
echo "saved >= n-16: ", var_export($s['stack_saved_num'] >= $n - 16, true),
    ", idle copy under 4 KB: ", var_export($s['stack_saved_bytes'] / $s['stack_saved_num'] < 4096, true),
    ", copies in: {$s['stack_copies_in']}\n";
$idleAverage = $s['stack_saved_bytes'] / $s['stack_saved_num'];
$copiesIn = $s['stack_copies_in'];
foreach ($ids as $cid) {
    Sco::resume($cid);
}
$s = check("$n finished");
echo "saved: {$s['stack_saved_num']}, saved bytes: {$s['stack_saved_bytes']}, copied back: ",
    var_export($s['stack_copies_in'] - $copiesIn >= $n - 16, true), "\n";

// Coroutines suspended deep inside internal calls (array_map callbacks use the C stack) keep more, but still only
// what they used, far below the stack size.
function deep(int $n): int {
    return $n === 0 ? (Sco::yield() ?? 0) : array_sum(array_map(fn($x) => deep($n - 1), [1])) + 1;
}
$ids = [];
for ($i = 0; $i < 100; $i++) {
    $ids[] = Sgo(fn() => deep(20));
}
$s = check("100 suspended deep");
$deepAverage = $s['stack_saved_bytes'] / $s['stack_saved_num'];
echo "deep copies larger: ", var_export($deepAverage > 4 * $idleAverage, true),
    ", far below the stack size: ", var_export($deepAverage < $s['c_stack_size'] / 16, true), "\n";
foreach ($ids as $cid) {
    Sco::resume($cid);
}
$s = check("deep finished");
echo "saved: {$s['stack_saved_num']}, saved bytes: {$s['stack_saved_bytes']}\n";

// Suspended coroutines whose frames are copied off are destroyed at the end of the script: they are copied back to
// unwind (finally blocks run) and their copies are freed (the valgrind pass reports a leaked copy).
$unwound = 0;
for ($i = 0; $i < 40; $i++) {
    Sgo(function () {
        try {
            Sco::yield();
        } finally {
            if (++$GLOBALS['unwound'] === 40) {
                $s = Sco::stats();
                echo "all 40 unwound, saved now: {$s['stack_saved_num']}\n";
            }
        }
    });
}
$s = check("40 left suspended");
?>
--EXPECTF--
before: shared=0 bytes=0 saved=0 saved_bytes=0 out=0 in=0
10 suspended: live=10 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
copies: 0/0, saved: 0
10 finished: live=0 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
copies: 0/0, saved: 0
2000 sequential: live=0 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
bool(true)
int(0)
1000 suspended: live=1000 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
saved >= n-16: true, idle copy under 4 KB: true, copies in: 0
1000 finished: live=0 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
saved: 0, saved bytes: 0, copied back: true
100 suspended deep: live=100 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
deep copies larger: true, far below the stack size: true
deep finished: live=0 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true
saved: 0, saved bytes: 0
40 left suspended: live=40 shared 1..16=true bytes ok=true out-in=saved=true saved<=live=true

Warning: all coroutines are asleep - deadlock: 40 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
%A in %s on line %d
all 40 unwound, saved now: 0
