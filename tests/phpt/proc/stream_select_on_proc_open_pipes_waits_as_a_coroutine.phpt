--TEST--
With HOOK_PROC, stream_select() on the stdout pipes of two proc_open() children (each answers a line of input) waits
as a coroutine while another coroutine runs and feeds the first child, and returns the ready pipes as PHP does: the
one that wrote; a timeout of 0.05 s with nothing ready gives 0 (not before 0.05 s); the end of a pipe counts as
readable
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC | Study\Runtime::HOOK_SLEEP);
$spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w']];
$a = proc_open('read x; echo "a $x"', $spec, $pa);
$b = proc_open('read x; echo "b $x"', $spec, $pb);
$ran = false;
Sgo(function () use (&$ran, $pa) {
    usleep(10000);
    $ran = true;
    fwrite($pa[0], "1\n");
});
Sgo(function () use ($pa, $pb, $a, $b, &$ran) {
    $read = [$pa[1], $pb[1]];
    $w = $e = null;
    var_dump(stream_select($read, $w, $e, 30));
    echo "ready: ", $read === [$pa[1]] ? "a" : "?", ", the feeding coroutine ran meanwhile: ", $ran ? "yes" : "no", "\n";
    var_dump(fgets($pa[1]));
    $read = [$pb[1]];
    $start = hrtime(true);
    var_dump(stream_select($read, $w, $e, 0, 50000));
    echo "waited at least 50 ms: ", (hrtime(true) - $start) / 1e6 >= 49 ? "yes" : "no", "\n";
    $read = [$pa[1]];
    var_dump(stream_select($read, $w, $e, 30), fgets($pa[1]), feof($pa[1]));
    fwrite($pb[0], "2\n");
    $read = [$pb[1]];
    var_dump(stream_select($read, $w, $e, 30), fgets($pb[1]));
    foreach ([$pa, $pb] as $pipes) {
        fclose($pipes[0]);
        fclose($pipes[1]);
    }
    var_dump(proc_close($a), proc_close($b));
});
?>
--EXPECT--
int(1)
ready: a, the feeding coroutine ran meanwhile: yes
string(4) "a 1
"
int(0)
waited at least 50 ms: yes
int(1)
bool(false)
bool(true)
int(1)
string(4) "b 2
"
int(0)
int(0)
