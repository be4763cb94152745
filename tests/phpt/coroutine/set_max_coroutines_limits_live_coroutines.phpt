--TEST--
Study\Coroutine::set(['max_coroutines' => N]): creating one more than N live coroutines throws, raising the limit or finishing one allows it again
--EXTENSIONS--
study
--FILE--
<?php
Sco::set(['max_coroutines' => 3]);
var_dump(Sco::stats()['max_coroutines']);
$ids = [];
for ($i = 0; $i < 3; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
$ran = false;
try {
    Sgo(function () use (&$ran) { $ran = true; });
} catch (Study\Coroutine\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($ran, Sco::stats()['coroutine_num'], Sco::stats()['coroutine_last_cid']);

// Every entry point and creation from inside a coroutine are limited the same way.
foreach (['study_coroutine_create', 'Study\Coroutine::create'] as $create) {
    try {
        $create(function () {});
    } catch (Study\Coroutine\Error $e) {
        echo "$create: limited\n";
    }
}
Sco::resume($ids[0]);
echo "after one finished: ";
$ids[0] = Sgo(function () {
    try {
        Sgo(function () { echo "never\n"; });
    } catch (Study\Coroutine\Error $e) {
        echo "inside: ", $e->getMessage(), "\n";
    }
    Sco::yield();
});

// Raising the limit lets more in.
Sco::set(['max_coroutines' => 5]);
$ids[] = Sgo(function () { Sco::yield(); });
$ids[] = Sgo(function () { Sco::yield(); });
echo "live: ", json_encode(Sco::list()), "\n";
try {
    Sgo(function () {});
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}

// Lowering it under the live count keeps the live ones and refuses new ones.
Sco::set(['max_coroutines' => 1]);
try {
    Sgo(function () {});
} catch (Study\Coroutine\Error $e) {
    echo $e->getMessage(), "\n";
}
foreach ($ids as $cid) {
    Sco::resume($cid);
}
var_dump(Sco::list());

// 0 means no limit.
Sco::set(['max_coroutines' => 0]);
$ids = [];
for ($i = 0; $i < 20; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
echo "unlimited: ", count(Sco::list()), " live\n";
foreach ($ids as $cid) {
    Sco::resume($cid);
}
var_dump(Sco::stats()['coroutine_num']);
?>
--EXPECT--
int(3)
Study\Coroutine\Error: cannot create a coroutine: the limit of 3 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
bool(false)
int(3)
int(3)
study_coroutine_create: limited
Study\Coroutine::create: limited
after one finished: inside: cannot create a coroutine: the limit of 3 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
live: [2,3,4,5,6]
cannot create a coroutine: the limit of 5 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
cannot create a coroutine: the limit of 1 live coroutines is reached; raise study.max_coroutines or call Study\Coroutine::set(['max_coroutines' => N])
array(0) {
}
unlimited: 20 live
int(0)
