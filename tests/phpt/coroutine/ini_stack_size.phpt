--TEST--
study.stack_size INI: quantity syntax sets the C stack size of coroutines
--EXTENSIONS--
study
--INI--
study.stack_size=256K
--FILE--
<?php
var_dump(ini_get('study.stack_size'));
var_dump(Sco::stats()['c_stack_size']);
$cid = Sgo(function () { Sco::yield(); echo "runs on a 256K stack\n"; });
var_dump(Sco::stats()['stack_pool_mapped_bytes']);
Sco::resume($cid);
?>
--EXPECT--
string(4) "256K"
int(262144)
int(262144)
runs on a 256K stack
