--TEST--
After exit(), a hooked call in a shutdown function registered before the first coroutine blocks as PHP's does: the coroutines still suspended do not run on meanwhile (they are destroyed after it, their finally blocks run)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine as Sco;

register_shutdown_function(function () {
    echo "shutdown function\n";
    usleep(50000);            // HOOK_SLEEP: would run the loop, and the coroutine below would wake in it
    $out = shell_exec('echo child');  // HOOK_PROC: the same for a wait on a child process
    echo "shutdown function done: ", trim($out), "\n";
});
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
Sgo(function () {
    try {
        Sco::sleep(0.01);
        echo "NOT REACHED: the coroutine ran on after exit()\n";
    } finally {
        echo "finally of the suspended coroutine\n";
    }
});
echo "exit\n";
exit(3);
?>
--EXPECT--
exit
shutdown function
shutdown function done: child
finally of the suspended coroutine
