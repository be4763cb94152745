--TEST--
With HOOK_PROC, stream_select() on the stdout and stderr pipes of two proc_open() children waits as a coroutine while
another coroutine keeps running, and returns the ready pipes as PHP does: the one that wrote first, then a timeout of
0.05 s with nothing ready gives 0 (not before 0.05 s), and the end of a pipe counts as readable
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC | Study\Runtime::HOOK_SLEEP);
$a = proc_open('sleep 0.1; echo a', [1 => ['pipe', 'w']], $pa);
$b = proc_open('sleep 0.5; echo b', [1 => ['pipe', 'w']], $pb);
$ran = false;
Sgo(function () use (&$ran) { usleep(10000); $ran = true; });
Sgo(function () use ($pa, $pb, $a, $b, &$ran) {
    $read = [$pa[1], $pb[1]];
    $w = $e = null;
    var_dump(stream_select($read, $w, $e, 5));
    echo "ready: ", $read === [$pa[1]] ? "a" : "?", ", other coroutine ran meanwhile: ", $ran ? "yes" : "no", "\n";
    var_dump(fgets($pa[1]));
    $read = [$pb[1]];
    $start = hrtime(true);
    var_dump(stream_select($read, $w, $e, 0, 50000));
    echo "waited at least 50 ms: ", (hrtime(true) - $start) / 1e6 >= 49 ? "yes" : "no", "\n";
    $read = [$pa[1]];
    var_dump(stream_select($read, $w, $e, 5), fgets($pa[1]), feof($pa[1]));
    $read = [$pb[1]];
    var_dump(stream_select($read, $w, $e, 5), fgets($pb[1]));
    fclose($pa[1]);
    fclose($pb[1]);
    var_dump(proc_close($a), proc_close($b));
});
?>
--EXPECT--
int(1)
ready: a, other coroutine ran meanwhile: yes
string(2) "a
"
int(0)
waited at least 50 ms: yes
int(1)
bool(false)
bool(true)
int(1)
string(2) "b
"
int(0)
int(0)
