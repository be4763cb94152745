--TEST--
Study\Coroutine::set(['stack_size' => N]): new coroutines run on shared stacks of N bytes (rounded up to pages), coroutines suspended on stacks of the old size keep them and resume intact, and small stacks work
--EXTENSIONS--
study
--FILE--
<?php
function work(int $depth): int {
    // Internal functions that call back into PHP use the C stack.
    return $depth === 0 ? 1 : array_sum(array_map(fn($x) => work($depth - 1), [1, 2]));
}
function stacks(): array {
    $s = Sco::stats();
    return [$s['stack_shared_num'], $s['stack_shared_bytes']];
}

// 20 coroutines on 2M stacks: more than the 16 shared stacks of one size, so some have their frames copied off.
$old = [];
for ($i = 0; $i < 20; $i++) {
    $old[] = Sgo(function (int $i) {
        $local = "old $i";
        $list = range($i, $i + 9);
        $object = new ArrayObject(['i' => $i]);
        Sco::yield();
        $work = work(6);
        Sco::yield();
        echo $local === "old $i" && $list === range($i, $i + 9) && $object['i'] === $i && $work === 64 ? "" : "old $i damaged\n";
    }, $i);
}
var_dump(Sco::stats()['c_stack_size']);
[$oldNum, $oldBytes] = stacks();
var_dump($oldNum >= 1 && $oldNum <= 16, $oldBytes === $oldNum * 2097152);
var_dump(Sco::stats()['stack_saved_num'] >= 4);

Sco::set(['stack_size' => 65536]);
var_dump(Sco::stats()['c_stack_size']);
// The 2M stacks are still in use: nothing is unmapped.
var_dump(stacks() === [$oldNum, $oldBytes]);
$small = [];
for ($i = 0; $i < 3; $i++) {
    $small[] = Sgo(function () {
        Sco::yield();
        $list = range(1, 50);
        usort($list, fn($a, $b) => $b <=> $a);
        echo "small ", Sco::getCid(), ": ", work(6), " ", $list[0], "\n";
    });
}
// New coroutines got 64K stacks of their own; the old 2M ones are still mapped.
[$num, $bytes] = stacks();
$newNum = $num - $oldNum;
var_dump($newNum >= 1 && $newNum <= 3, $bytes === $oldBytes + $newNum * 65536);

// Old ones run (and some are copied back from the heap) interleaved with the new ones.
foreach ($old as $cid) {
    Sco::resume($cid);
}
foreach ($small as $cid) {
    Sco::resume($cid);
}
foreach (array_reverse($old) as $cid) {
    Sco::resume($cid);
}
echo "old ones finished: ", var_export(array_filter($old, 'Sco::exists') === [], true), "\n";
// With the last old coroutine gone, the 2M stacks are unmapped; only 64K ones remain.
[$num, $bytes] = stacks();
var_dump($num >= 1 && $num <= 16, $bytes === $num * 65536, Sco::stats()['stack_saved_num']);

Sco::set(['stack_size' => 65537]);
$size = Sco::stats()['c_stack_size'];
var_dump($size > 65536 && $size < 65536 * 2 && $size % 4096 === 0);
$cid = Sgo(function () { Sco::yield(); echo "rounded: ", work(4), "\n"; });
[$num, $bytes] = stacks();
// The unused 64K stacks were unmapped when the size changed; the new coroutine has a stack of the rounded size.
var_dump($num, $bytes === $size);
Sco::resume($cid);

Sco::set(['stack_size' => 8 * 1024 * 1024]);
var_dump(Sco::stats()['c_stack_size']);
Sgo(function () { echo "8M: ", work(8), "\n"; });
var_dump(stacks());
?>
--EXPECT--
int(2097152)
bool(true)
bool(true)
bool(true)
int(65536)
bool(true)
bool(true)
bool(true)
small 21: 64 50
small 22: 64 50
small 23: 64 50
old ones finished: true
bool(true)
bool(true)
int(0)
bool(true)
int(1)
bool(true)
rounded: 16
int(8388608)
8M: 256
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(8388608)
}
