--TEST--
With HOOK_PROC, fclose() of a proc_open() pipe while another coroutine waits in fread() on it ends that read (false,
as after a close; a read started meanwhile does not wait either) and then closes the stream: fclose() returns true,
the child sees the end of its output pipe, and proc_close() reaps it
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC);
$p = proc_open('read x; echo never 2>/dev/null', [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$order = [];
Sgo(function () use ($pipes, &$order) {
    $order[] = 'reader waits';
    $got = fread($pipes[1], 10);
    $order[] = 'reader got ' . var_export($got, true);
    $order[] = 'reader read again: ' . var_export(fread($pipes[1], 10), true);
});
Sgo(function () use ($pipes, $p, &$order) {
    $order[] = 'closer: fclose ' . var_export(fclose($pipes[1]), true);
    fwrite($pipes[0], "go\n");
    fclose($pipes[0]);
    $order[] = 'proc_close ' . proc_close($p);
});
register_shutdown_function(function () use (&$order) {
    echo implode("\n", $order), "\n";
});
?>
--EXPECTF--
reader waits
reader got false
reader read again: false
closer: fclose true
proc_close %d
