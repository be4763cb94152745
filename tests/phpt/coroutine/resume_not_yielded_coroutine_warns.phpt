--TEST--
Study\Coroutine::resume(): a coroutine that is not suspended in yield() (it is waiting for a child it created or resumed) cannot be resumed
--EXTENSIONS--
study
--FILE--
<?php
$parent = Sgo(function () {
    $parentId = Sco::getCid();
    // The child runs at once inside Sgo(): the parent is waiting for it, not yielded.
    $child = Sgo(function () use ($parentId) {
        echo "child: resume parent while it creates me\n";
        var_dump(Sco::resume($parentId));
        Sco::yield();
        echo "child: resume parent while it resumes me\n";
        var_dump(Sco::resume($parentId));
        Sco::yield();
        echo "child: last part, run by the main script\n";
    });
    echo "parent: child yielded\n";
    Sco::yield();
    echo "parent: resumes child\n";
    var_dump(Sco::resume($child));
    echo "parent: ends\n";
});
echo "main: parent yielded\n";
var_dump(Sco::resume($parent));
echo "main: parent ended; the child is still suspended: ", json_encode(Sco::list()), "\n";
var_dump(Sco::resume(2));
var_dump(Sco::list());
?>
--EXPECTF--
child: resume parent while it creates me

Warning: Study\Coroutine::resume(): resume error in %s on line 7
bool(false)
parent: child yielded
main: parent yielded
parent: resumes child
child: resume parent while it resumes me

Warning: Study\Coroutine::resume(): resume error in %s on line 10
bool(false)
bool(true)
parent: ends
bool(true)
main: parent ended; the child is still suspended: [2]
child: last part, run by the main script
bool(true)
array(0) {
}
