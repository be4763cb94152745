--TEST--
Study\Coroutine\System::waitSignal(): false when the timeout passes first, not before it; 0 does not wait; a negative timeout or INF waits without limit
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
use Study\Coroutine\System;

Sgo(function () {
    $start = hrtime(true);
    var_dump(System::waitSignal(SIGUSR1, 0.05));
    echo "not before 0.05 s: ", (hrtime(true) - $start) / 1e9 >= 0.049 ? "yes" : "no", "\n";
    var_dump(System::waitSignal([SIGUSR1, SIGUSR2], 0));
});
Sco::join(Sco::list());
foreach ([-1, -INF, INF] as $timeout) {
    Sgo(function () {
        Sco::sleep(0.01);
        posix_kill(getmypid(), SIGUSR2);
    });
    var_dump(System::waitSignal(SIGUSR2, $timeout));
}
?>
--EXPECT--
bool(false)
not before 0.05 s: yes
bool(false)
int(12)
int(12)
int(12)
