--TEST--
Study\Coroutine\System::waitSignal(): every coroutine waiting for a signal wakes when it comes (a SIGTERM that should make every part of a program drain wakes them all), in the order they began to wait, and the main script's wait too
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
use Study\Coroutine\System;

foreach (['a', 'b', 'c'] as $name) {
    Sgo(function () use ($name) {
        $signal = System::waitSignal($name === 'b' ? [SIGINT, SIGTERM] : SIGTERM);
        echo "$name: woke with ", $signal === SIGTERM ? 'SIGTERM' : $signal, "\n";
    });
}
Sgo(function () {
    Sco::sleep(0.01);
    posix_kill(getmypid(), SIGTERM);
});
$signal = System::waitSignal(SIGTERM);
echo "main: woke with ", $signal === SIGTERM ? 'SIGTERM' : $signal, "\n";
Sco::join(Sco::list());
echo "done\n";
?>
--EXPECT--
a: woke with SIGTERM
b: woke with SIGTERM
c: woke with SIGTERM
main: woke with SIGTERM
done
