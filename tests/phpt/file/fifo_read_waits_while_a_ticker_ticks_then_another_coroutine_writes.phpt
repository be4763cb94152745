--TEST--
With HOOK_FILE, a coroutine opens a FIFO (posix_mkfifo()) for reading and reads it before anyone writes: fopen() does
not wait for a writer and fread() waits as a coroutine, while a 10 ms ticker keeps ticking; then another coroutine
opens the FIFO for writing and writes two lines, which the reader gets, and the end of the stream after the writer
closes; a writer that opens first waits as a coroutine until a reader opens
--EXTENSIONS--
study
posix
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE | Study\Runtime::HOOK_SLEEP);
$fifo = sys_get_temp_dir() . '/study-fifo-' . getmypid();
@unlink($fifo);
var_dump(posix_mkfifo($fifo, 0600));
$events = [];
$ticks = 0;
$stop = false;
Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        $ticks++;
        usleep(10000);
    }
});
Sgo(function () use ($fifo, &$events, &$ticks, &$stop) {
    $f = fopen($fifo, 'r');
    $events[] = 'reader opened';
    $line = fgets($f);
    $events[] = "reader got " . trim($line) . " after ticks: " . ($ticks >= 3 ? "yes" : "no ($ticks)");
    $events[] = "reader got " . trim(fgets($f));
    var_dump(fgets($f), feof($f));
    fclose($f);
    $stop = true;
});
Sgo(function () use ($fifo, &$events, &$ticks) {
    while ($ticks < 5) {
        usleep(10000);
    }
    $f = fopen($fifo, 'w');
    $events[] = 'writer opened';
    fwrite($f, "first\n");
    usleep(30000);
    fwrite($f, "second\n");
    fclose($f);
});
register_shutdown_function(function () use ($fifo, &$events) {
    echo implode("\n", $events), "\n";
    // A writer first: it waits until a reader opens.
    $order = [];
    Sgo(function () use ($fifo, &$order) {
        $f = fopen($fifo, 'w');
        $order[] = 'writer opened';
        fwrite($f, "late\n");
        fclose($f);
    });
    $order[] = 'writer waits';
    Sgo(function () use ($fifo, &$order) {
        usleep(30000);
        $f = fopen($fifo, 'r');
        $order[] = 'reader got ' . trim(fgets($f));
        fclose($f);
    });
    register_shutdown_function(function () use ($fifo, &$order) {
        echo implode("\n", $order), "\n";
        unlink($fifo);
    });
});
?>
--EXPECT--
bool(true)
bool(false)
bool(true)
reader opened
writer opened
reader got first after ticks: yes
reader got second
writer waits
writer opened
reader got late
