--TEST--
Study\Coroutine::sleep(0): the caller lets whatever else is ready run first and then goes on; from the main script too
--EXTENSIONS--
study
--FILE--
<?php
Sgo(function () {
    echo "1\n";
    var_dump(Sco::sleep(0));
    echo "3\n";
});
echo "2\n";
var_dump(Sco::sleep(0));
echo "4\n";

// Between coroutines: each sleep(0) goes to the back of the ready coroutines, so two of them take turns.
echo "--- turns\n";
foreach (['x', 'y'] as $name) {
    Sgo(function () use ($name) {
        for ($i = 0; $i < 3; $i++) {
            echo "$name$i\n";
            Sco::sleep(0);
        }
    });
}
echo "main waits\n";
Sco::join(Sco::list());
echo "all done\n";
?>
--EXPECT--
1
2
bool(true)
3
bool(true)
4
--- turns
x0
y0
main waits
x1
y1
x2
y2
all done
