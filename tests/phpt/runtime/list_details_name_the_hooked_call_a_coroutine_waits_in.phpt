--TEST--
Study\Coroutine::list(true) for coroutines waiting in hooked calls: flock() of a lock held elsewhere (file lock on its
descriptor), fread() of a process's pipe (fd read), usleep() (sleep), proc_close() of a running child (child process,
its process id); each names the hooked function it waits in
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
function show(int $cid): void {
    $i = Sco::list(true)[$cid];
    echo "$cid {$i['state']} | {$i['wait']} | {$i['reason']} | ", var_export($i['target'], true), " | {$i['function']}\n";
}

$file = sys_get_temp_dir() . '/study-wait-reason-lock-' . getmypid();
$holder = fopen($file, 'c');
flock($holder, LOCK_EX);
$locker = Sgo(function () use ($file) {
    $f = fopen($file, 'c');
    $locked = flock($f, LOCK_EX);
    echo "locked: ", var_export($locked, true), "\n";
    fclose($f);
});
$cat = proc_open(['cat'], [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$reader = Sgo(function () use ($pipes) {
    $read = fread($pipes[1], 10);
    echo "read: $read\n";
});
$sleeper = Sgo(function () { usleep(1000); echo "slept\n"; });
$child = proc_open(['sleep', '60'], [], $unused);
$pid = proc_get_status($child)['pid'];
$closer = Sgo(function () use ($child) {
    proc_close($child);
    echo "child closed\n";
});

foreach ([$locker, $reader, $sleeper, $closer] as $cid) {
    show($cid);
}
echo "child target is its pid: ", var_export(Sco::list(true)[$closer]['target'] === $pid, true), "\n";

flock($holder, LOCK_UN);
fwrite($pipes[0], "hello");
fclose($pipes[0]);
exec("kill $pid");
Sco::join(Sco::list());
fclose($pipes[1]);
proc_close($cat);
fclose($holder);
unlink($file);
?>
--EXPECTF--
1 waiting | file lock | file lock on fd %d | %d | flock
2 waiting | fd read | fd read on fd %d | %d | fread
3 waiting | sleep | sleep | NULL | usleep
4 waiting | child process | child process %d | %d | proc_close
child target is its pid: true
%A
