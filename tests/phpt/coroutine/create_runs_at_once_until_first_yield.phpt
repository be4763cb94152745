--TEST--
Study\Coroutine: Sgo() runs the coroutine at once until it first yields or ends, then returns to the creator
--EXTENSIONS--
study
--FILE--
<?php
echo "main: before\n";
$finished = Sgo(function () {
    echo "A: runs to the end inside Sgo()\n";
});
echo "main: A returned id $finished, exists: ", var_export(Sco::exists($finished), true), "\n";

$suspended = Sgo(function () {
    echo "B: step 1\n";
    var_dump(Sco::yield());
    echo "B: step 2\n";
    var_dump(Sco::yield());
    echo "B: step 3\n";
});
echo "main: B returned id $suspended, exists: ", var_export(Sco::exists($suspended), true), "\n";
var_dump(Sco::resume($suspended));
echo "main: between\n";
var_dump(Sco::resume($suspended));
echo "main: B exists: ", var_export(Sco::exists($suspended), true), "\n";
?>
--EXPECT--
main: before
A: runs to the end inside Sgo()
main: A returned id 1, exists: false
B: step 1
main: B returned id 2, exists: true
bool(true)
B: step 2
bool(true)
main: between
bool(true)
B: step 3
bool(true)
main: B exists: false
