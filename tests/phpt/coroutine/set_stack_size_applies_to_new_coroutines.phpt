--TEST--
Study\Coroutine::set(['stack_size' => N]): new coroutines get N-byte C stacks (rounded up to pages), running ones keep theirs, and small stacks work
--EXTENSIONS--
study
--FILE--
<?php
function work(int $depth): int {
    // Internal functions that call back into PHP use the C stack.
    return $depth === 0 ? 1 : array_sum(array_map(fn($x) => work($depth - 1), [1, 2]));
}
$old = Sgo(function () { Sco::yield(); echo "old: ", work(6), "\n"; });
var_dump(Sco::stats()['c_stack_size']);

Sco::set(['stack_size' => 65536]);
var_dump(Sco::stats()['c_stack_size']);
$small = [];
for ($i = 0; $i < 3; $i++) {
    $small[] = Sgo(function () {
        Sco::yield();
        $list = range(1, 50);
        usort($list, fn($a, $b) => $b <=> $a);
        echo "small ", Sco::getCid(), ": ", work(6), " ", $list[0], "\n";
    });
}
$s = Sco::stats();
// Nothing has ended yet, so nothing is cached: one 2M stack and three 64K ones.
var_dump($s['stack_pool_mapped'], $s['stack_pool_mapped_bytes']);
Sco::resume($old);
foreach ($small as $cid) {
    Sco::resume($cid);
}

Sco::set(['stack_size' => 65537]);
$size = Sco::stats()['c_stack_size'];
var_dump($size > 65536 && $size < 65536 * 2 && $size % 4096 === 0);
Sgo(function () { echo "rounded: ", work(4), "\n"; });

Sco::set(['stack_size' => 8 * 1024 * 1024]);
var_dump(Sco::stats()['c_stack_size']);
Sgo(function () { echo "8M: ", work(8), "\n"; });
?>
--EXPECT--
int(2097152)
int(65536)
int(4)
int(2293760)
old: 64
small 2: 64 50
small 3: 64 50
small 4: 64 50
bool(true)
rounded: 16
int(8388608)
8M: 256
