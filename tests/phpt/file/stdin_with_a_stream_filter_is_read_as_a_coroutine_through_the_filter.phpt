--TEST--
With HOOK_FILE, STDIN that is a pipe and has a stream filter appended (stream_filter_append(), before the hook is
enabled) is read as a coroutine all the same: only the operations below the filter wait as coroutines, so another
coroutine keeps ticking while fgets(STDIN) waits, and the lines come through the filter (string.toupper). As in PHP,
a read through a filter waits for a chunk or the end of the input, so the parent writes its lines and then closes
the pipe
--EXTENSIONS--
study
--FILE--
<?php
$child = <<<'CHILD'
stream_filter_append(STDIN, 'string.toupper', STREAM_FILTER_READ);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE | Study\Runtime::HOOK_SLEEP);
$ticks = 0;
$waiting = false;
$done = false;
// The ticker tells the parent when it first ticked while the reader waits in fgets(): the parent writes each line
// only then, so the tick happened during that wait, however slowly a loaded machine runs the child.
Sgo(function () use (&$ticks, &$waiting, &$done) {
    while (!$done) {
        if ($waiting && $ticks++ === 0) {
            fwrite(STDOUT, "child ticked while waiting\n");
        }
        usleep(5000);
    }
});
Sgo(function () use (&$ticks, &$waiting, &$done) {
    fwrite(STDOUT, "ready\n");
    $waiting = true;
    while (($line = fgets(STDIN)) !== false) {
        $waiting = false;
        fwrite(STDOUT, "child got " . trim($line) . "\n");
        $ticks = 0;
        $waiting = true;
    }
    $waiting = false;
    fwrite(STDOUT, "child: end of input\n");
    $done = true;
});
CHILD;
// The child loads the extension this test runs with.
preg_match('/extension=([^\0]*study[^\0]*\.so)/', file_get_contents('/proc/self/cmdline'), $m);
$args = [PHP_BINARY, '-n', '-d', 'extension=' . $m[1], '-r', $child];
$p = proc_open($args, [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
echo fgets($pipes[1]);
echo fgets($pipes[1]);
fwrite($pipes[0], "one\ntwo\n");
fclose($pipes[0]);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
var_dump(proc_close($p));
?>
--EXPECT--
ready
child ticked while waiting
child got ONE
child got TWO
child: end of input
int(0)
