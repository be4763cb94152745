--TEST--
Study\Coroutine\System::waitSignal(): when nothing waits for a signal any more, it gets back the disposition it had, not the default action (libuv's signal handles set SIG_DFL): SIGPIPE, which the CLI ignores, stays ignored; SIGHUP ends the process again
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signal.inc';

$code = <<<'CODE'
var_dump(Study\Coroutine\System::waitSignal(%d, 0.01));
echo "ready\n";
Sco::sleep(%d);
echo "alive\n";
CODE;
// An ignored signal leaves nothing to wait for: the child goes on after 1 s (had the signal come later, on a loaded
// machine, the test would only prove less). A killed child never gets to the end of its 30 s.
echo "-- SIGPIPE\n", run_child(sprintf($code, 13, 1), 13);
echo "-- SIGHUP\n", run_child(sprintf($code, 1, 30), 1);
?>
--EXPECT--
-- SIGPIPE
bool(false)
ready
alive
[shutdown function]
[exit status 0]
-- SIGHUP
bool(false)
ready
[ended by signal 1]
