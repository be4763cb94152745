--TEST--
study.stack_size and study.max_coroutines: invalid values in the configuration warn at startup and the defaults apply
--EXTENSIONS--
study
--INI--
study.stack_size=1K
study.max_coroutines=-3
--FILE--
<?php
var_dump(ini_get('study.stack_size'), ini_get('study.max_coroutines'));
$s = Sco::stats();
var_dump($s['c_stack_size'], $s['max_coroutines']);
Sgo(function () { echo "ok\n"; });
?>
--EXPECTF--
%AWarning: PHP Startup: study.stack_size must be between 64K and 512M, "1K" given in Unknown on line 0
%AWarning: PHP Startup: study.max_coroutines must be 0 (no limit) or more, "-3" given in Unknown on line 0
%Astring(2) "2M"
string(1) "0"
int(2097152)
int(0)
ok
