--TEST--
study.dump_signal: off by default, SIGQUIT keeps its default action (the process ends by signal 3, as without study); a value that names no signal the dump can take warns at startup and leaves the dump off; names in any case, with or without SIG, and numbers are taken
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signal.inc';

$sleepy = <<<'CODE'
Sgo(function () {
    Sco::sleep(0);
    echo "ready\n";
    Sco::sleep(600);
});
Sco::join(Sco::list());
echo "not reached\n";
CODE;
foreach (['off (the default)' => [], 'a bad value' => ['study.dump_signal' => 'SIGFOO']] as $name => $ini) {
    [$out, $err, $end] = run_dump_child($sleepy, $ini + ['display_startup_errors' => 0], [3], [], false);
    echo "-- $name: $end\n";
}
$quiet = ['display_startup_errors' => 0, 'log_errors' => 1];
foreach (['SIGFOO', 'SIGKILL', 'SIGSEGV', '99', '32', 'SIGCHLD', 'SIGPROF', 'quit', 'SigUsr2', '12', '0', ''] as $value) {
    [$out, $err, $end] = run_dump_child("echo \"ready\\n\";\nvar_dump(ini_get('study.dump_signal'));",
                                        $quiet + ['study.dump_signal' => $value], []);
    echo "-- '$value': ", $err, $out, "-- $end\n";
}
?>
--EXPECTF--
-- off (the default): ended by signal 3
-- a bad value: ended by signal 3
-- 'SIGFOO': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "SIGFOO" is not a signal: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- 'SIGKILL': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "SIGKILL" cannot be caught: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- 'SIGSEGV': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "SIGSEGV" is sent to the thread whose instruction faulted: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- '99': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "99" is not a signal: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- '32': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "32" is kept by the C library for its threads: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- 'SIGCHLD': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "SIGCHLD" tells of child processes that ended, which the runtime waits for: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- 'SIGPROF': PHP Warning:  PHP Startup: study.dump_signal must be a signal name such as SIGQUIT or SIGUSR2, or a number; "SIGPROF" is the timer of PHP's max_execution_time: the dump stays off in Unknown on line 0
ready
string(0) ""
-- exit status 0
-- 'quit': ready
string(4) "quit"
-- exit status 0
-- 'SigUsr2': ready
string(7) "SigUsr2"
-- exit status 0
-- '12': ready
string(2) "12"
-- exit status 0
-- '0': ready
string(1) "0"
-- exit status 0
-- '': ready
string(0) ""
-- exit status 0
