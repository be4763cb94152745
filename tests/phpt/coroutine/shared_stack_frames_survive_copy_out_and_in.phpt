--TEST--
Study\Coroutine: 100 coroutines on 64K shared stacks, suspended inside internal callbacks (array_map, array_reduce, preg_replace_callback, array_walk, __get) and resumed in shuffled order, get their frames copied off and back intact
--EXTENSIONS--
study
--INI--
pcre.jit=0
--FILE--
<?php
// pcre.jit=0: valgrind reports PCRE's JIT-compiled code as reading uninitialised memory.
// 100 coroutines share at most 16 stacks, so most switches copy the used part of one coroutine's stack to the heap
// and copy another's back to the same addresses. Internal functions that call back into PHP keep C frames (with
// pointers into themselves) on the shared stack across every yield below; any byte restored wrong shows up as a
// damaged value, a wrong result or a crash.
Sco::set(['stack_size' => 65536]);

final class Node {
    public array $seen = [];
    public function __construct(public int $owner, public ?Node $next = null) {}
    public function __get(string $name) {
        // Suspends inside the engine's property read.
        Sco::yield();
        return "$name of {$this->owner}";
    }
}

$damaged = 0;
function check(bool $ok, string $what, int $id): void {
    if (!$ok) {
        $GLOBALS['damaged']++;
        echo "coroutine $id: $what damaged\n";
    }
}

function chain(int $id, int $depth, Node $node, array &$trail): int {
    $local = str_repeat(chr(65 + $id % 26), $depth + 1) . " $id";
    $numbers = range($id, $id + $depth);
    $float = $id / 7 + $depth;
    $trail[] = "enter $depth";
    if ($depth === 0) {
        // (usort, whose comparator PHP keeps in a global, has its own test: usort_keeps_its_comparator_while_another_coroutine_sorts.)
        $folded = array_reduce([3, 5, 7], function (string $carry, int $item): string {
            Sco::yield();
            return "$carry-$item";
        }, "r$id");
        check($folded === "r$id-3-5-7", 'array_reduce', $id);
        $replaced = preg_replace_callback('/\d+/', function (array $m) use ($id): string {
            Sco::yield();
            return (string) ($m[0] * 2 + $id);
        }, "a1 b20 c300");
        check($replaced === sprintf("a%d b%d c%d", 2 + $id, 40 + $id, 600 + $id), 'preg_replace_callback', $id);
        $walked = [$id, $id + 1];
        array_walk($walked, function (int &$value, int $key) use ($id) {
            Sco::yield();
            $value += 100 * ($key + 1);
        });
        check($walked === [$id + 100, $id + 201], 'array_walk', $id);
        check($node->virtual === "virtual of $id", '__get', $id);
        $result = 1;
    } else {
        $result = array_sum(array_map(function (int $x) use ($id, $depth, $node, &$trail): int {
            Sco::yield();
            return chain($id, $depth - 1, $node, $trail) * $x;
        }, [1, 2]));
    }
    Sco::yield();
    check($local === str_repeat(chr(65 + $id % 26), $depth + 1) . " $id", 'string', $id);
    check($numbers === range($id, $id + $depth), 'array', $id);
    check($float === $id / 7 + $depth, 'float', $id);
    check($node->owner === $id && $node->next->owner === $id + 1000, 'object', $id);
    $trail[] = "leave $depth";
    return $result;
}

// Creates $n coroutines running chain() and resumes them in shuffled rounds until all have finished, from the main
// script or from a scheduler coroutine (then it often resumes a coroutine whose frames belong on its own stack, and
// the frames of both are moved while neither runs).
function run_all(string $label, int $n, bool $fromCoroutine): void {
    $results = [];
    $ids = [];
    for ($i = 0; $i < $n; $i++) {
        $ids[] = Sgo(function (int $id) use (&$results) {
            $node = new Node($id, new Node($id + 1000));
            $seen = &$node->seen;
            $trail = [];
            $result = chain($id, 3, $node, $trail);
            $seen[] = "done $id";
            $results[$id] = [$result, count($trail), $trail[0], end($trail), $node->seen];
        }, $i);
    }
    $before = Sco::stats();
    $rounds = 0;
    $schedule = function () use ($ids, &$rounds) {
        while ($live = array_values(array_filter($ids, 'Sco::exists'))) {
            shuffle($live);
            foreach ($live as $cid) {
                Sco::resume($cid);
            }
            $rounds++;
        }
    };
    if ($fromCoroutine) {
        Sgo($schedule);
    } else {
        $schedule();
    }

    $intact = 0;
    for ($id = 0; $id < $n; $id++) {
        // chain(3) is 3^3; the trail has an enter and a leave for each of the 1 + 2 + 4 + 8 calls.
        $expected = [27, 30, 'enter 3', 'leave 3', ["done $id"]];
        if (($results[$id] ?? null) === $expected) {
            $intact++;
        } else {
            echo "coroutine $id: result ", json_encode($results[$id] ?? null), "\n";
        }
    }
    $s = Sco::stats();
    echo "$label: intact: $intact of $n, damaged values: {$GLOBALS['damaged']}, live: {$s['coroutine_num']}\n";
    echo "  resumed in many rounds: ", var_export($rounds >= 50, true), "\n";
    echo "  64K stacks, at most 16: ", var_export($s['c_stack_size'] === 65536 && $s['stack_shared_num'] >= 1
        && $s['stack_shared_num'] <= 16 && $s['stack_shared_bytes'] === $s['stack_shared_num'] * 65536, true), "\n";
    // Most switches moved frames: far more copies than coroutines.
    echo "  copied off and back many times: ", var_export($s['stack_copies_out'] - $before['stack_copies_out'] > 20 * $n
        && $s['stack_copies_in'] - $before['stack_copies_in'] > 20 * $n, true), "\n";
    echo "  nothing left saved: {$s['stack_saved_num']}, {$s['stack_saved_bytes']} bytes\n";
}

mt_srand(20231127);
run_all("resumed by the main script", 100, false);
run_all("resumed by a coroutine", 100, true);
?>
--EXPECT--
resumed by the main script: intact: 100 of 100, damaged values: 0, live: 0
  resumed in many rounds: true
  64K stacks, at most 16: true
  copied off and back many times: true
  nothing left saved: 0, 0 bytes
resumed by a coroutine: intact: 100 of 100, damaged values: 0, live: 0
  resumed in many rounds: true
  64K stacks, at most 16: true
  copied off and back many times: true
  nothing left saved: 0, 0 bytes
