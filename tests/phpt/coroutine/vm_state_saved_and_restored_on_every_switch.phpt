--TEST--
Study\Coroutine: each coroutine keeps its own VM stack, frames, locals, @-silencing and call depth across every yield/resume, however deep and interleaved
--EXTENSIONS--
study
--FILE--
<?php
// Recursion deep enough to need many VM stack pages, yielding at every level on the way down and up.
function descend(string $tag, int $depth, int $max, array &$trail): int {
    $local = "$tag@$depth";
    $big = array_fill(0, 8, $depth);
    if ($depth % 100 === 0) {
        Sco::yield();
    }
    $sum = $depth === $max ? 0 : descend($tag, $depth + 1, $max, $trail);
    if ($depth % 100 === 50) {
        Sco::yield();
    }
    if ($local !== "$tag@$depth" || array_sum($big) !== 8 * $depth) {
        echo "$tag: CORRUPTED at $depth\n";
    }
    $trail[] = $depth;
    return $sum + $depth;
}
$results = [];
$depths = ['a' => 3000, 'b' => 1000, 'c' => 2000];
$ids = [];
foreach ($depths as $tag => $max) {
    $ids[$tag] = Sgo(function () use ($tag, $max, &$results) {
        $trail = [];
        $results[$tag] = descend($tag, 0, $max, $trail);
        $ok = $trail === range($max, 0);
        echo "$tag: done, trail ok: ", var_export($ok, true), "\n";
    });
}
// Main keeps a deep stack of its own while resuming.
function main_depth(int $n, array $ids): int {
    if ($n > 0) {
        return main_depth($n - 1, $ids) + 1;
    }
    $rounds = 0;
    while ($live = array_filter($ids, fn($cid) => Sco::exists($cid))) {
        // Resume in a rotating order.
        $order = array_values($live);
        $shift = $rounds % count($order);
        foreach (array_merge(array_slice($order, $shift), array_slice($order, 0, $shift)) as $cid) {
            Sco::resume($cid);
        }
        $rounds++;
    }
    return 0;
}
$d = main_depth(500, $ids);
echo "main depth intact: $d\n";
foreach ($depths as $tag => $max) {
    echo "$tag: ", $results[$tag] === $max * ($max + 1) / 2 ? "sum ok" : "sum WRONG", "\n";
}

// The @ operator silences only the coroutine that used it, even while it is suspended inside it.
function warn_after_yield() {
    Sco::yield();
    echo $undefined_in_silenced_coroutine;
    return 1;
}
$s = Sgo(function () {
    @warn_after_yield();
    echo $undefined_after_silence;
});
echo $undefined_in_main_while_coroutine_is_silenced;
Sco::resume($s);

// Static variables and func_get_args() across yields.
function counter() {
    static $n = 0;
    $n++;
    $args = func_get_args();
    Sco::yield();
    return "$n:" . implode(',', $args) . ':' . implode(',', func_get_args());
}
$out = [];
$p = Sgo(function () use (&$out) { $out[] = counter('p', 1); });
$q = Sgo(function () use (&$out) { $out[] = counter('q', 2); });
Sco::resume($q);
Sco::resume($p);
echo json_encode($out), "\n";
?>
--EXPECTF--
b: done, trail ok: true
c: done, trail ok: true
a: done, trail ok: true
main depth intact: 500
a: sum ok
b: sum ok
c: sum ok

Warning: Undefined variable $undefined_in_main_while_coroutine_is_silenced in %s on line %d

Warning: Undefined variable $undefined_after_silence in %s on line %d
["2:q,2:q,2","2:p,1:p,1"]
