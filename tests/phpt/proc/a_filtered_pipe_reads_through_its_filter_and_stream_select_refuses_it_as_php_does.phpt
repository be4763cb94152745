--TEST--
With HOOK_PROC, a proc_open() pipe with a stream filter appended reads through the filter as a coroutine (another
coroutine ticks while the read waits), and stream_select() refuses it as PHP's own does (a filtered stream has no
descriptor to select on), with PHP's warning and error
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC);
$p = proc_open(['cat'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
stream_filter_append($pipes[1], 'string.toupper', STREAM_FILTER_READ);
$r = [$pipes[1]];
$w = $e = null;
try {
    var_dump(stream_select($r, $w, $e, 0));
} catch (ValueError $error) {
    echo $error->getMessage(), "\n";
}
$ticked = false;
$done = false;
Sgo(function () use (&$ticked, &$done) {
    while (!$done) {
        Sco::sleep(0.005);
        $ticked = true;
    }
});
Sgo(function () use ($pipes, &$ticked) {
    // The writer waits for a tick first, so the reader below is waiting in its read by then.
    while (!$ticked) {
        Sco::sleep(0.001);
    }
    fwrite($pipes[0], "hello\n");
    fclose($pipes[0]);
});
$line = fgets($pipes[1]);
$done = true;
var_dump($line, $ticked);
fclose($pipes[1]);
var_dump(proc_close($p));
?>
--EXPECTF--
Warning: stream_select(): Cannot cast a filtered stream on this system in %s on line %d
No stream arrays were passed
string(6) "HELLO
"
bool(true)
int(0)
