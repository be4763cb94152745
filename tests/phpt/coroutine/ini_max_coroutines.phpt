--TEST--
study.max_coroutines INI: limits the number of live coroutines; set() overrides it for the request
--EXTENSIONS--
study
--INI--
study.max_coroutines=2
--FILE--
<?php
var_dump(ini_get('study.max_coroutines'), Sco::stats()['max_coroutines']);
$a = Sgo(function () { Sco::yield(); });
$b = Sgo(function () { Sco::yield(); });
try {
    Sgo(function () {});
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
Sco::set(['max_coroutines' => 3]);
$c = Sgo(function () { Sco::yield(); });
echo json_encode(Sco::list()), "\n";
foreach ([$a, $b, $c] as $cid) {
    Sco::resume($cid);
}
var_dump(Sco::stats()['coroutine_num']);
?>
--EXPECT--
string(1) "2"
int(2)
cannot create a coroutine: the limit of 2 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
[1,2,3]
int(0)
