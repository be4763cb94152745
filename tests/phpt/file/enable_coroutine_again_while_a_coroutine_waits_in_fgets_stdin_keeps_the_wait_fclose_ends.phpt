--TEST--
With HOOK_FILE, Runtime::enableCoroutine() called again while a coroutine waits in fgets(STDIN) (STDIN a pipe, which
each call adopts) keeps that wait: fclose(STDIN) from another coroutine then wakes the reader, whose fgets() gives
false, and returns once the reader has left the stream (the second adoption used to forget the waiting call: fclose()
returned at once with the reader still waiting inside, woken only at the end of the script)
--EXTENSIONS--
study
--FILE--
<?php
$child = <<<'CHILD'
use Study\Runtime;
Runtime::enableCoroutine(Runtime::HOOK_FILE);
$reader_done = false;
Sgo(function () use (&$reader_done) {
    $line = fgets(STDIN);
    echo "reader: fgets() gave ", var_export($line, true), "\n";
    $reader_done = true;
});
Sgo(function () use (&$reader_done) {
    Runtime::enableCoroutine(Runtime::HOOK_FILE);
    $closed = fclose(STDIN);
    echo "closer: fclose(STDIN) gave ", var_export($closed, true), ", the reader ",
        $reader_done ? "had left the stream" : "WAS STILL WAITING", "\n";
});
echo "main script ended\n";
CHILD;
// The child loads the extension this test runs with.
preg_match('/extension=([^\0]*study[^\0]*\.so)/', file_get_contents('/proc/self/cmdline'), $m);
$p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . $m[1], '-r', $child], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']],
    $pipes);
// STDIN stays open and empty: only fclose() can end the reader's wait.
echo stream_get_contents($pipes[1]);
fclose($pipes[0]);
fclose($pipes[1]);
echo "child's exit status: ", proc_close($p), "\n";
?>
--EXPECT--
main script ended
reader: fgets() gave false
closer: fclose(STDIN) gave true, the reader had left the stream
child's exit status: 0
