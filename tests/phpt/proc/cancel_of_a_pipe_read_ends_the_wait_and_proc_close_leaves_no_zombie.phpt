--TEST--
With HOOK_PROC, Sco::cancel() of a coroutine waiting in fread() on a proc_open() pipe ends that read (false, nothing
thrown) while the child keeps running; the pipe stays usable (a later read gets the child's output), and
proc_close() reaps the child: no zombie is left. A cancel of a coroutine waiting in shell_exec() ends the read of the
output (the call returns once the command ended, its further output going nowhere, as after PHP's pclose()); no
zombie is left
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC | Study\Runtime::HOOK_SLEEP);
function zombies(): int {
    $n = 0;
    foreach (glob('/proc/[0-9]*/stat') as $stat) {
        $fields = explode(' ', (string) @file_get_contents($stat));
        if (count($fields) > 4 && $fields[3] == getmypid() && $fields[2] === 'Z') {
            $n++;
        }
    }
    return $n;
}
$p = proc_open('read line; echo "got $line"', [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
$reader = Sgo(function () use ($pipes) {
    var_dump(fread($pipes[1], 100));
    echo "reader: wait ended\n";
});
usleep(50000);
var_dump(Sco::cancel($reader));
var_dump(proc_get_status($p)['running']);
fwrite($pipes[0], "hello\n");
var_dump(fgets($pipes[1]));
var_dump(proc_close($p));
echo "zombies: ", zombies(), "\n";

// The command prints only once the flag exists, which the main script creates after the cancel: its output always
// comes after the read ended, however long a loaded machine takes.
$flag = sys_get_temp_dir() . '/study-proc-cancel-flag-' . getmypid();
$done = false;
$id = Sgo(function () use (&$done, $flag) {
    var_dump(shell_exec("(while [ ! -e $flag ]; do sleep 0.01; done; rm -f $flag; echo late) 2>/dev/null"));
    $done = true;
});
usleep(20000);
var_dump(Sco::cancel($id));
touch($flag);
while (!$done) {
    usleep(10000);
}
@unlink($flag);
echo "zombies: ", zombies(), "\n";
?>
--EXPECT--
bool(false)
reader: wait ended
bool(true)
bool(true)
string(10) "got hello
"
int(0)
zombies: 0
bool(true)
NULL
zombies: 0
