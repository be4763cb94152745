--TEST--
Regression for the tutorial's bug (values owned by a dead frame): strings, arrays, objects and closures built in a producer coroutine's locals and pushed stay valid after the producer returned and was freed and other coroutines reused its stack and VM stack; the consumer pops them intact
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class Point {
    public function __construct(public int $x, public int $y) {}
}

function build(int $i): array {
    $text = str_repeat(chr(ord('a') + $i), 20) . $i;
    $list = [$text, ['nested' => $text . '!'], 1.5 * $i];
    $point = new Point($i, -$i);
    $closure = function () use ($text, $i) { return "$text/$i"; };
    return [$text, $list, $point, $closure];
}

$chan = new Channel(20);
$producer = Sgo(function () use ($chan) {
    for ($i = 0; $i < 3; $i++) {
        foreach (build($i) as $value) {
            $chan->push($value);
        }
        $local = "local string $i " . str_repeat('x', 10);
        $chan->push($local);
    }
    // Suspends once, so that its frames were copied off its stack at least once.
    Sco::sleep(0);
});
Sco::join([$producer]);
var_dump(Sco::exists($producer));
// Other coroutines run on the stacks and VM pages the producer used.
for ($i = 0; $i < 50; $i++) {
    Sgo(function () {
        $garbage = [str_repeat('z', 64), range(1, 20)];
        Sco::sleep(0);
    });
}
Sco::join(Sco::list());
gc_collect_cycles();

Sgo(function () use ($chan) {
    while (!$chan->isEmpty()) {
        $value = $chan->pop();
        if ($value instanceof Closure) {
            echo "closure: ", $value(), "\n";
        } elseif ($value instanceof Point) {
            echo "point: {$value->x}, {$value->y}\n";
        } else {
            echo json_encode($value), "\n";
        }
    }
});
?>
--EXPECT--
bool(false)
"aaaaaaaaaaaaaaaaaaaa0"
["aaaaaaaaaaaaaaaaaaaa0",{"nested":"aaaaaaaaaaaaaaaaaaaa0!"},0]
point: 0, 0
closure: aaaaaaaaaaaaaaaaaaaa0/0
"local string 0 xxxxxxxxxx"
"bbbbbbbbbbbbbbbbbbbb1"
["bbbbbbbbbbbbbbbbbbbb1",{"nested":"bbbbbbbbbbbbbbbbbbbb1!"},1.5]
point: 1, -1
closure: bbbbbbbbbbbbbbbbbbbb1/1
"local string 1 xxxxxxxxxx"
"cccccccccccccccccccc2"
["cccccccccccccccccccc2",{"nested":"cccccccccccccccccccc2!"},3]
point: 2, -2
closure: cccccccccccccccccccc2/2
"local string 2 xxxxxxxxxx"
