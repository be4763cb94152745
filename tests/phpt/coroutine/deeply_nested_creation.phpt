--TEST--
Study\Coroutine: a chain of 500 coroutines each created inside the previous one and suspended; parent ids form the chain, and they unwind in any order
--EXTENSIONS--
study
--FILE--
<?php
const DEPTH = 500;
$log = [];
function spawn(int $level, array &$log): void {
    if ($level > DEPTH) {
        return;
    }
    Sgo(function () use ($level, &$log) {
        spawn($level + 1, $log);
        Sco::yield();
        $log[] = $level;
        if (Sco::getCid() !== $level) {
            echo "level $level has cid ", Sco::getCid(), "\n";
        }
    });
}
spawn(1, $log);
$ok = true;
for ($cid = 1; $cid <= DEPTH; $cid++) {
    if (Sco::getPcid($cid) !== ($cid === 1 ? -1 : $cid - 1)) {
        $ok = false;
    }
}
echo "live: ", count(Sco::list()), ", parent chain ok: ", var_export($ok, true), "\n";
// Odd ids from the top of the chain down, then even ids from the bottom up.
for ($cid = DEPTH - 1; $cid >= 1; $cid -= 2) {
    Sco::resume($cid);
}
for ($cid = 2; $cid <= DEPTH; $cid += 2) {
    Sco::resume($cid);
}
$expected = array_merge(range(DEPTH - 1, 1, -2), range(2, DEPTH, 2));
echo "order ok: ", var_export($log === $expected, true), ", live: ", count(Sco::list()), "\n";
// A child still reports its dead parent's id.
$child = null;
Sgo(function () use (&$child) {
    $child = Sgo(function () { Sco::yield(); });
});
echo "orphan's parent: ", Sco::getPcid($child), ", parent exists: ", var_export(Sco::exists(Sco::getPcid($child)), true), "\n";
Sco::resume($child);
?>
--EXPECT--
live: 500, parent chain ok: true
order ok: true, live: 0
orphan's parent: 501, parent exists: false
