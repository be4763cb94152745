--TEST--
study.stack_size INI: quantity syntax sets the C stack size of coroutines; the shared stack they run on has that size
--EXTENSIONS--
study
--INI--
study.stack_size=256K
--FILE--
<?php
var_dump(ini_get('study.stack_size'));
var_dump(Sco::stats()['c_stack_size']);
$cid = Sgo(function () { Sco::yield(); echo "runs on a 256K stack\n"; });
// The first coroutine maps the first shared stack, of the configured size.
$s = Sco::stats();
var_dump($s['stack_shared_num'], $s['stack_shared_bytes']);
Sco::resume($cid);
// 20 suspended at once: every shared stack mapped has the configured size.
$ids = [];
for ($i = 0; $i < 20; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
$s = Sco::stats();
var_dump($s['stack_shared_num'] >= 1 && $s['stack_shared_num'] <= 16,
    $s['stack_shared_bytes'] === $s['stack_shared_num'] * 262144);
foreach ($ids as $id) {
    Sco::resume($id);
}
?>
--EXPECT--
string(4) "256K"
int(262144)
int(1)
int(262144)
runs on a 256K stack
bool(true)
bool(true)
