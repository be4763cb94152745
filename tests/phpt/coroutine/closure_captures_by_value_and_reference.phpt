--TEST--
Study\Coroutine: closures capture with use by value (a snapshot) and by reference (shared with the creator and other coroutines across yields)
--EXTENSIONS--
study
--FILE--
<?php
$counter = 0;
$snapshot = 'before';
$list = [];
$worker = function (string $name) use (&$counter, &$list, $snapshot) {
    for ($i = 0; $i < 3; $i++) {
        $counter++;
        $list[] = "$name$i";
        Sco::yield();
    }
    echo "$name saw snapshot=$snapshot counter=$counter\n";
};
$snapshot = 'after';
$x = Sgo($worker, 'x');
$y = Sgo($worker, 'y');
echo "main: counter=$counter\n";
$counter += 100;
for ($round = 0; $round < 3; $round++) {
    Sco::resume($x);
    Sco::resume($y);
}
echo "main: counter=$counter list=", implode(',', $list), "\n";

// A by-reference capture of a local of a coroutine, shared with its child across yields.
Sgo(function () {
    $shared = 1;
    $child = Sgo(function () use (&$shared) {
        $shared *= 10;
        Sco::yield();
        $shared *= 10;
    });
    echo "parent: shared=$shared\n";
    $shared += 1;
    Sco::resume($child);
    echo "parent: shared=$shared\n";
});

// Arrow functions capture by value.
$value = 1;
$arrow = fn() => [printf("arrow: value=%d\n", $value), Sco::yield(), printf("arrow: still %d\n", $value)];
$cid = Sgo($arrow);
$value = 2;
Sco::resume($cid);
?>
--EXPECT--
main: counter=2
x saw snapshot=before counter=106
y saw snapshot=before counter=106
main: counter=106 list=x0,y0,x1,y1,x2,y2
parent: shared=10
parent: shared=110
arrow: value=1
arrow: still 1
