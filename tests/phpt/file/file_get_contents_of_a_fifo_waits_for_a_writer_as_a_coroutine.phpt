--TEST--
With HOOK_FILE, file_get_contents() of a FIFO that has no writer yet does not block the process: a 10 ms ticker keeps
ticking until another coroutine opens the FIFO, writes and closes it, and file_get_contents() returns what was
written; of a regular file it is PHP's own
--EXTENSIONS--
study
posix
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE);
$fifo = sys_get_temp_dir() . '/study-fifo-gc-' . getmypid();
@unlink($fifo);
posix_mkfifo($fifo, 0600);
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        Sco::sleep(0.01);
    }
});
Sgo(function () use ($fifo, &$ticks, &$stop) {
    $contents = file_get_contents($fifo);
    echo "got: $contents";
    echo "ticked before the writer came: ", $ticks >= 3 ? "yes" : "no ($ticks)", "\n";
    $stop = true;
});
Sgo(function () use ($fifo, &$ticks) {
    while ($ticks < 3) {
        Sco::sleep(0.01);
    }
    $f = fopen($fifo, 'w');
    fwrite($f, "one\n");
    Sco::sleep(0.02);
    fwrite($f, "two\n");
    fclose($f);
});
echo "main went on\n";
register_shutdown_function(function () use ($fifo) {
    unlink($fifo);
    var_dump(file_get_contents(__FILE__, false, null, 0, 5));
});
?>
--EXPECT--
main went on
got: one
two
ticked before the writer came: yes
string(5) "<?php"
