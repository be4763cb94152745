--TEST--
Study\Coroutine: hot loops that yield on every iteration keep correct locals in every coroutine (the JIT pass compiles these loops)
--EXTENSIONS--
study
--FILE--
<?php
function work(int $seed, int $rounds, array &$out): void {
    $int = $seed;
    $float = $seed / 2;
    $string = '';
    $array = [];
    for ($i = 0; $i < $rounds; $i++) {
        $int = ($int * 31 + $i) % 1000003;
        $float += 0.5;
        $string .= chr(97 + $i % 26);
        $array[$i % 10] = ($array[$i % 10] ?? 0) + $i;
        Sco::yield();
    }
    $out[$seed] = [$int, $float, strlen($string), md5($string), array_sum($array)];
}
function expected(int $seed, int $rounds): array {
    $int = $seed;
    $float = $seed / 2;
    $string = '';
    $array = [];
    for ($i = 0; $i < $rounds; $i++) {
        $int = ($int * 31 + $i) % 1000003;
        $float += 0.5;
        $string .= chr(97 + $i % 26);
        $array[$i % 10] = ($array[$i % 10] ?? 0) + $i;
    }
    return [$int, $float, strlen($string), md5($string), array_sum($array)];
}
$rounds = getenv('USE_ZEND_ALLOC') === '0' ? 500 : 5000;
$out = [];
$ids = [];
foreach ([1, 7, 42, 99] as $seed) {
    $ids[] = Sgo(function () use ($seed, $rounds, &$out) { work($seed, $rounds, $out); });
}
// Ping-pong: the main script resumes them round-robin, itself in a hot loop.
$switches = 0;
while ($live = Sco::list()) {
    foreach ($live as $cid) {
        Sco::resume($cid);
        $switches++;
    }
}
ksort($out);
foreach ($out as $seed => $result) {
    echo "seed $seed: ", $result === expected($seed, $rounds) ? "correct" : "WRONG " . json_encode($result), "\n";
}
var_dump($switches === 4 * $rounds);
?>
--EXPECT--
seed 1: correct
seed 7: correct
seed 42: correct
seed 99: correct
bool(true)
