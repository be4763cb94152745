--TEST--
With HOOK_FILE, STDIN of a PHP process that is a pipe (a child php with the extension, started with proc_open() and
fed by the parent) is read as a coroutine: fgets(STDIN) in one coroutine waits while another keeps ticking, and gets
each line the parent writes later; STDOUT writes reach the parent
--EXTENSIONS--
study
--FILE--
<?php
$child = <<<'CHILD'
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE | Study\Runtime::HOOK_SLEEP);
$ticks = 0;
$waiting = false;
$done = false;
// The ticker tells the parent when it first ticked while the reader waits in fgets(): the parent writes each line
// only then, so the tick it reports happened during that wait, however slowly a loaded machine runs the child.
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
        fwrite(STDOUT, "child got " . trim($line) . ", ticking: " . ($ticks > 0 ? "yes" : "no") . "\n");
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
foreach (['one', 'two', 'three'] as $word) {
    echo fgets($pipes[1]);
    fwrite($pipes[0], "$word\n");
    echo fgets($pipes[1]);
}
// The end of input too comes while the child ticks.
echo fgets($pipes[1]);
fclose($pipes[0]);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
var_dump(proc_close($p));
?>
--EXPECT--
ready
child ticked while waiting
child got one, ticking: yes
child ticked while waiting
child got two, ticking: yes
child ticked while waiting
child got three, ticking: yes
child ticked while waiting
child: end of input
int(0)
