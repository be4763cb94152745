--TEST--
study.stack_size and study.max_coroutines: ini_set() with a value out of range warns, returns false and keeps the old value
--EXTENSIONS--
study
--FILE--
<?php
var_dump(ini_get('study.stack_size'), ini_get('study.max_coroutines'));
foreach (['1K', '65535', '513M', '1G', '0', '-1M'] as $value) {
    var_dump(ini_set('study.stack_size', $value));
}
var_dump(ini_set('study.max_coroutines', '-1'));
var_dump(ini_get('study.stack_size'), ini_get('study.max_coroutines'));
// The limits themselves are accepted.
var_dump(ini_set('study.stack_size', '64K'), ini_get('study.stack_size'));
var_dump(ini_set('study.stack_size', '512M'), ini_get('study.stack_size'));
var_dump(ini_set('study.max_coroutines', '0'));
// Coroutines still work with the defaults.
Sgo(function () { echo "ok\n"; });
?>
--EXPECTF--
string(2) "2M"
string(1) "0"

Warning: ini_set(): study.stack_size must be between 64K and 512M, "1K" given in %s on line %d
bool(false)

Warning: ini_set(): study.stack_size must be between 64K and 512M, "65535" given in %s on line %d
bool(false)

Warning: ini_set(): study.stack_size must be between 64K and 512M, "513M" given in %s on line %d
bool(false)

Warning: ini_set(): study.stack_size must be between 64K and 512M, "1G" given in %s on line %d
bool(false)

Warning: ini_set(): study.stack_size must be between 64K and 512M, "0" given in %s on line %d
bool(false)

Warning: ini_set(): study.stack_size must be between 64K and 512M, "-1M" given in %s on line %d
bool(false)

Warning: ini_set(): study.max_coroutines must be 0 (no limit) or more, "-1" given in %s on line %d
bool(false)
string(2) "2M"
string(1) "0"
string(2) "2M"
string(3) "64K"
string(3) "64K"
string(4) "512M"
string(1) "0"
ok
