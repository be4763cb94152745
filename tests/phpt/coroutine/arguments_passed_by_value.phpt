--TEST--
Study\Coroutine: extra arguments reach the coroutine by value (arrays and strings are copies, objects are handles), also across yields, defaults and variadics
--EXTENSIONS--
study
--FILE--
<?php
$array = [1, 2, 3];
$string = 'abc';
$object = new ArrayObject([]);
$int = 10;
$cid = Sgo(function (array $a, string $s, ArrayObject $o, int $i, ?string $missing = 'default', ...$rest) {
    $a[] = 4;
    $s .= 'd';
    $o[] = 'added in coroutine';
    $i++;
    echo "in: ", json_encode($a), " $s $i $missing ", json_encode($rest), "\n";
    Sco::yield();
    echo "after yield: ", json_encode($a), " $s $i ", count($o), "\n";
}, $array, $string, $object, $int);
echo "out: ", json_encode($array), " $string $int ", count($object), "\n";
$array[] = 'changed by main';
$string = 'changed';
$int = 0;
Sco::resume($cid);

Sgo(function (...$args) { echo "variadic: ", json_encode($args), "\n"; }, 1, 'two', [3], null, 4.5, true);
Sgo(function ($a, $b = 'b-default', $c = 'c-default') { echo "defaults: $a $b $c\n"; }, 'a', 'B');
Sgo(function () { echo "extra args ignored: ", func_num_args(), " ", json_encode(func_get_args()), "\n"; }, 'x', 'y');

// Type juggling follows the callee's rules (coercive mode here).
Sgo(function (int $n, string $s) { var_dump($n, $s); }, '42', 7);
// A by-reference parameter gets a value, as with call_user_func().
$ref = 1;
Sgo(function (&$r) { $r = 99; }, $ref);
var_dump($ref);
?>
--EXPECTF--
in: [1,2,3,4] abcd 11 default []
out: [1,2,3] abc 10 1
after yield: [1,2,3,4] abcd 11 1
variadic: [1,"two",[3],null,4.5,true]
defaults: a B c-default
extra args ignored: 2 ["x","y"]
int(42)
string(1) "7"

Warning: {closure%r(:[^\n]+)?%r}(): Argument #1 ($r) must be passed by reference, value given in %s on line %d
int(1)
