--TEST--
With HOOK_PROC, 20 coroutines each calling shell_exec('sleep 0.2; echo N') run the commands at once: every command
started before the first one returned, and each coroutine gets its own output; backticks do the same
--EXTENSIONS--
study
--INI--
; backticks are deprecated since PHP 8.5 (at compile time); they still run shell_exec()
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC);
$events = [];
$outputs = [];
for ($i = 0; $i < 20; $i++) {
    Sgo(function () use ($i, &$events, &$outputs) {
        $events[] = "start";
        $outputs[$i] = $i % 2 ? shell_exec("sleep 0.2; echo $i") : `sleep 0.2; echo $i`;
        $events[] = "end";
    });
}
register_shutdown_function(function () use (&$events, &$outputs) {
    $firstEnd = array_search("end", $events);
    echo "started before the first returned: ", $firstEnd, "\n";
    $wrong = 0;
    foreach ($outputs as $i => $out) {
        $wrong += $out !== "$i\n";
    }
    echo count($outputs), " outputs, ", $wrong, " wrong\n";
});
?>
--EXPECT--
started before the first returned: 20
20 outputs, 0 wrong
