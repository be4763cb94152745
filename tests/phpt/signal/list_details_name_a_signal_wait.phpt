--TEST--
Study\Coroutine::list(true) of coroutines in Study\Coroutine\System::waitSignal(): "signal 10" with the signal number
as target for one signal, "signal" for one of several
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\System;

$wait = function (int|array $signals) {
    try {
        System::waitSignal($signals);
    } catch (Study\Coroutine\CanceledException) {
        echo "canceled\n";
    }
};
$one = Sgo($wait, 10);
$several = Sgo($wait, [12, 10]);
foreach ([$one, $several] as $cid) {
    $i = Sco::list(true)[$cid];
    echo "$cid {$i['state']} | {$i['wait']} | {$i['reason']} | ", var_export($i['target'], true), " | {$i['function']}\n";
}
Sco::cancel($one);
Sco::cancel($several);
?>
--EXPECT--
1 waiting | signal | signal 10 | 10 | Study\Coroutine\System::waitSignal
2 waiting | signal | signal | NULL | Study\Coroutine\System::waitSignal
canceled
canceled
