--TEST--
Study\Coroutine::sleep(): sleeping coroutines wake in the order of their deadlines, not of their creation; the main script runs on at once and the loop keeps running after it ends
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// 100 ms between deadlines: far more than the moments between the starts, even on a loaded machine.
Sgo(function () { var_dump(Sco::sleep(0.3)); echo "c\n"; });
Sgo(function () { var_dump(Study\Coroutine::sleep(0.1)); echo "a\n"; });
Sgo(function () { var_dump(Sco::sleep(0.2)); echo "b\n"; });
echo "main\n";
?>
--EXPECT--
main
bool(true)
a
bool(true)
b
bool(true)
c
