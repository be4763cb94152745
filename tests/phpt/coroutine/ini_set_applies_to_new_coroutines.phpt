--TEST--
study.stack_size and study.max_coroutines: a successful ini_set() at runtime applies to coroutines created afterwards
--EXTENSIONS--
study
--FILE--
<?php
var_dump(ini_set('study.max_coroutines', '2'));
var_dump(ini_get('study.max_coroutines'), Sco::stats()['max_coroutines']);
$a = Sgo(function () { Sco::yield(); });
$b = Sgo(function () { Sco::yield(); });
try {
    Sgo(function () { echo "third coroutine ran\n"; });
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
Sco::resume($a);
Sco::resume($b);

var_dump(ini_set('study.stack_size', '128K'));
var_dump(ini_get('study.stack_size'), Sco::stats()['c_stack_size']);
?>
--EXPECT--
string(1) "0"
string(1) "2"
int(2)
cannot create a coroutine: the limit of 2 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
string(2) "2M"
string(4) "128K"
int(131072)
