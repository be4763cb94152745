--TEST--
With HOOK_FILE, flock(LOCK_EX) on a file another process holds locked waits as a coroutine: a 10 ms ticker keeps
ticking, the process does not spin the CPU meanwhile, and the lock is taken (true, $wouldBlock 0) once the other
process lets it go; LOCK_EX | LOCK_NB still fails at once with $wouldBlock 1, and LOCK_UN and LOCK_SH are PHP's own;
Sco::cancel() of a coroutine waiting for the lock ends flock() with false, the lock not taken
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE | Study\Runtime::HOOK_PROC);
$file = sys_get_temp_dir() . '/study-flock-' . getmypid();
touch($file);
// The child holds the lock until it reads a line.
$child = proc_open([PHP_BINARY, '-n', '-r', '$f = fopen($argv[1], "c"); flock($f, LOCK_EX); echo "locked\n"; fgets(STDIN);', $file],
    [0 => ['pipe', 'r'], 1 => ['pipe', 'w']], $pipes);
echo fgets($pipes[1]);
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
$f = fopen($file, 'r');
var_dump(flock($f, LOCK_EX | LOCK_NB, $wouldBlock), $wouldBlock);

$canceled = Sgo(function () use ($file) {
    $g = fopen($file, 'r');
    var_dump(flock($g, LOCK_SH));
    fclose($g);
});
Sgo(function () use ($f, &$ticks, &$stop) {
    $before = $ticks;
    $cpu = getrusage();
    $start = hrtime(true);
    var_dump(flock($f, LOCK_EX, $wouldBlock), $wouldBlock);
    $wall = (hrtime(true) - $start) / 1e9;
    $after = getrusage();
    $used = ($after['ru_utime.tv_sec'] - $cpu['ru_utime.tv_sec']) + ($after['ru_utime.tv_usec'] - $cpu['ru_utime.tv_usec']) / 1e6
        + ($after['ru_stime.tv_sec'] - $cpu['ru_stime.tv_sec']) + ($after['ru_stime.tv_usec'] - $cpu['ru_stime.tv_usec']) / 1e6;
    echo "ticked while waiting: ", $ticks > $before ? "yes" : "no", "\n";
    echo "no busy wait: ", $used < $wall / 2 ? "yes" : "no ($used s CPU in $wall s)", "\n";
    var_dump(flock($f, LOCK_UN));
    $stop = true;
});
var_dump(Sco::cancel($canceled));
Sgo(function () use (&$ticks, $pipes, $child) {
    while ($ticks < 20) {
        Sco::sleep(0.01);
    }
    fwrite($pipes[0], "go\n");
    fclose($pipes[0]);
    fclose($pipes[1]);
    proc_close($child);
});
register_shutdown_function(fn() => unlink($file));
?>
--EXPECT--
locked
bool(false)
int(1)
bool(false)
bool(true)
bool(true)
int(0)
ticked while waiting: yes
no busy wait: yes
bool(true)
