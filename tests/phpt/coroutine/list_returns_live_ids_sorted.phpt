--TEST--
Study\Coroutine::list(): the live ids (running and suspended) as a list sorted ascending
--EXTENSIONS--
study
--FILE--
<?php
var_dump(Sco::list());
$ids = [];
for ($i = 0; $i < 6; $i++) {
    $ids[] = Sgo(function () { Sco::yield(); });
}
echo json_encode(Sco::list()), "\n";
// Finish some in a scrambled order: the others stay listed, still sorted.
Sco::resume(4);
Sco::resume(1);
echo json_encode(Sco::list()), "\n";
Sgo(function () {
    echo "inside 7: ", json_encode(Sco::list()), "\n";
    Sco::resume(6);
    echo "inside 7 after finishing 6: ", json_encode(Sco::list()), "\n";
});
$list = Sco::list();
var_dump(array_is_list($list));
echo json_encode($list), "\n";
foreach ($list as $cid) {
    Sco::resume($cid);
}
var_dump(Sco::list());
?>
--EXPECT--
array(0) {
}
[1,2,3,4,5,6]
[2,3,5,6]
inside 7: [2,3,5,6,7]
inside 7 after finishing 6: [2,3,5,7]
bool(true)
[2,3,5]
array(0) {
}
