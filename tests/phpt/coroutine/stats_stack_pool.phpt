--TEST--
Study\Coroutine::stats(): the stack pool maps one stack per live coroutine, reuses the stacks of finished ones and counts bytes
--EXTENSIONS--
study
--FILE--
<?php
function check(string $label): void {
    $s = Sco::stats();
    $inUse = $s['stack_pool_mapped'] - $s['stack_pool_cached'];
    echo "$label: live={$s['coroutine_num']} in use=$inUse",
        " bytes ok=", var_export($s['stack_pool_mapped_bytes'] === $s['stack_pool_mapped'] * $s['c_stack_size'], true),
        " cached<=mapped=", var_export($s['stack_pool_cached'] <= $s['stack_pool_mapped'], true), "\n";
}
$s = Sco::stats();
echo "before: mapped={$s['stack_pool_mapped']} cached={$s['stack_pool_cached']} bytes={$s['stack_pool_mapped_bytes']}\n";
$ids = [];
for ($i = 0; $i < 10; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
check("10 suspended");
$mappedWith10 = Sco::stats()['stack_pool_mapped'];
var_dump($mappedWith10 >= 10);
foreach ($ids as $cid) {
    Sco::resume($cid);
}
check("all finished");
// Finished coroutines hand their stacks back: a long create/finish loop maps nothing new.
for ($i = 0; $i < 2000; $i++) {
    Sgo(function () {});
}
check("2000 sequential");
var_dump(Sco::stats()['stack_pool_mapped'] <= $mappedWith10);
$ids = [];
for ($i = 0; $i < 5; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
check("5 suspended again");
var_dump(Sco::stats()['stack_pool_mapped'] <= $mappedWith10);
foreach ($ids as $cid) {
    Sco::resume($cid);
}
check("end");
?>
--EXPECT--
before: mapped=0 cached=0 bytes=0
10 suspended: live=10 in use=10 bytes ok=true cached<=mapped=true
bool(true)
all finished: live=0 in use=0 bytes ok=true cached<=mapped=true
2000 sequential: live=0 in use=0 bytes ok=true cached<=mapped=true
bool(true)
5 suspended again: live=5 in use=5 bytes ok=true cached<=mapped=true
bool(true)
end: live=0 in use=0 bytes ok=true cached<=mapped=true
