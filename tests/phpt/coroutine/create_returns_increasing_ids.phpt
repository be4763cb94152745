--TEST--
Study\Coroutine: ids start at 1, only increase and are never reused, whichever entry point creates the coroutine
--EXTENSIONS--
study
--FILE--
<?php
$ids = [];
$ids[] = study_coroutine_create(function () {});
$ids[] = Sgo(function () {});
$ids[] = sgo(function () {});
$ids[] = SGO(function () {});
$ids[] = Study\Coroutine::create(function () {});
$ids[] = SCo::create(function () {});
$ids[] = Sco::create(function () {});
$ids[] = sco::create(function () {});
$ids[] = \study\coroutine::CREATE(function () {});
var_dump($ids);

// A suspended coroutine keeps its id; the ids of finished ones are not handed out again.
$kept = Sgo(function () { Sco::yield(); });
for ($i = 0; $i < 5; $i++) {
    $next = Sgo(function () {});
}
var_dump($kept, $next);
Sco::resume($kept);
var_dump(Sgo(function () {}));
var_dump(Sco::stats()['coroutine_last_cid']);
?>
--EXPECT--
array(9) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
  [5]=>
  int(6)
  [6]=>
  int(7)
  [7]=>
  int(8)
  [8]=>
  int(9)
}
int(10)
int(15)
int(16)
int(16)
