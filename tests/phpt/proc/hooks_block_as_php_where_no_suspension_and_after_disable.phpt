--TEST--
With HOOK_PROC and HOOK_FILE, calls in the main script wait while coroutines run; after disableCoroutine(), and for a
pipe read in a destructor (where PHP before 8.4 forbids switching), everything blocks as PHP's own functions do and
gives the same results
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC | Study\Runtime::HOOK_SLEEP);
$log = [];
// The command ends only once the coroutine has run: the main script's shell_exec() let it run meanwhile.
$flag = sys_get_temp_dir() . '/study-proc-flag-' . getmypid();
Sgo(function () use (&$log, $flag) { usleep(20000); $log[] = 'coroutine ran'; touch($flag); });
$log[] = 'main: ' . trim(shell_exec("while [ ! -e $flag ]; do sleep 0.01; done; rm $flag; echo main"));
echo implode("\n", $log), "\n";

// Before PHP 8.4 a destructor may not switch: its calls block as PHP's do. Since 8.4 it may: they suspend. The
// results are the same; they are printed at the end, as the order of the output differs.
class Reader {
    public function __destruct() {
        $log = &$GLOBALS['destructorLog'];
        $log[] = "destructor: " . shell_exec('echo in destructor');
        $p = proc_open('echo piped', [1 => ['pipe', 'w']], $pipes);
        $log[] = "destructor: " . fgets($pipes[1]);
        fclose($pipes[1]);
        $log[] = "destructor: " . proc_close($p) . "\n";
    }
}
$destructorLog = [];
register_shutdown_function(function () { echo implode('', $GLOBALS['destructorLog']); });
Sgo(function () { $r = new Reader(); unset($r); });

Study\Runtime::disableCoroutine();
$log = [];
Sgo(function () use (&$log) { Sco::sleep(0.02); $log[] = 'coroutine ran'; });
$log[] = 'main: ' . trim(shell_exec('sleep 0.1; echo blocking'));
echo implode("\n", $log), "\n";
$p = popen('echo x; exit 3', 'r');
var_dump(fgets($p), pclose($p));
?>
--EXPECT--
coroutine ran
main: main
main: blocking
string(2) "x
"
int(3)
destructor: in destructor
destructor: piped
destructor: 0
