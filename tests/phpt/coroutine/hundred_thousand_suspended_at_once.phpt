--TEST--
Study\Coroutine: 100,000 coroutines suspended at the same time fit under the default vm.max_map_count, and all are freed when resumed to their end
--EXTENSIONS--
study
--INI--
memory_limit=-1
--FILE--
<?php
// Under valgrind (USE_ZEND_ALLOC=0) a smaller count keeps the run short; the checks are the same.
$n = getenv('USE_ZEND_ALLOC') === '0' ? 2000 : 100000;
$finished = 0;
for ($i = 0; $i < $n; $i++) {
    Sgo(function () use (&$finished) {
        Sco::yield();
        $finished++;
    });
}
$stats = Sco::stats();
var_dump($stats['coroutine_num'] === $n, count(Sco::list()) === $n);
// One kernel mapping per stack would pass the default limit of 65530 mappings long before 100,000.
var_dump(count(file('/proc/self/maps')) < 10000);
foreach (Sco::list() as $cid) {
    Sco::resume($cid);
}
var_dump($finished === $n, Sco::stats()['coroutine_num'], Sco::list());
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
int(0)
array(0) {
}
