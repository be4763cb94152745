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
$done = false;
Sgo(function () use (&$ticks, &$done) {
    while (!$done) { $ticks++; usleep(5000); }
});
Sgo(function () use (&$ticks, &$done) {
    fwrite(STDOUT, "ready\n");
    while (($line = fgets(STDIN)) !== false) {
        fwrite(STDOUT, "child got " . trim($line) . ", ticking: " . ($ticks > 0 ? "yes" : "no") . "\n");
        $ticks = 0;
    }
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
    usleep(50000);
    fwrite($pipes[0], "$word\n");
    echo fgets($pipes[1]);
}
fclose($pipes[0]);
echo stream_get_contents($pipes[1]);
fclose($pipes[1]);
var_dump(proc_close($p));
?>
--EXPECT--
ready
child got one, ticking: yes
child got two, ticking: yes
child got three, ticking: yes
child: end of input
int(0)
