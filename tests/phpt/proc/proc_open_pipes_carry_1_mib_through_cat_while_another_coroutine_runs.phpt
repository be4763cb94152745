--TEST--
With HOOK_PROC, proc_open('cat') with stdin, stdout and stderr pipes: one coroutine writes 1 MiB to its stdin (far
more than a pipe holds) while another reads stdout back, intact, and a third keeps running meanwhile (it counts
turns while the transfer is under way); proc_close() gives cat's exit status 0, and a child that exits with 3 after
writing to stderr gives 3 and its stderr text
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC | Study\Runtime::HOOK_SLEEP);
// 1 MiB in 64-byte lines, joined once: appended one by one they took 36 s under ASan, whose realloc() copies the
// whole string every time, and the test timed out in a loaded run.
$lines = [];
for ($i = 0; $i < (1 << 20) / 64; $i++) {
    $lines[] = sprintf("%08d", $i) . str_repeat(chr(65 + $i % 26), 56);
}
$data = implode('', $lines);
$spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
$process = proc_open(['cat'], $spec, $pipes);
$done = false;
$turnsDuring = 0;
Sgo(function () use (&$done, &$turnsDuring) {
    while (!$done) {
        $turnsDuring++;
        // Lets the others run first: it runs again whenever the transfer waits. After a few turns it pauses 10 ms at
        // a time: spinning, it took the CPU cat needs, and on a loaded machine under ASan the transfer took minutes.
        usleep($turnsDuring < 10 ? 0 : 10000);
    }
});
Sgo(function () use ($pipes, $data, &$turnsDuring) {
    $turnsDuring = 0;
    $written = 0;
    while ($written < strlen($data)) {
        $n = fwrite($pipes[0], substr($data, $written, 100000));
        if ($n === false || $n === 0) {
            break;
        }
        $written += $n;
    }
    fclose($pipes[0]);
    echo "writer: wrote $written bytes\n";
});
$reader = Sgo(function () use ($pipes, $data, $process, &$done, &$turnsDuring) {
    $got = stream_get_contents($pipes[1]);
    $done = true;
    echo "reader: got ", strlen($got), " bytes, ", $got === $data ? "intact" : "DIFFERENT", "\n";
    echo "other coroutine ran during the transfer: ", $turnsDuring > 0 ? "yes" : "no", "\n";
    var_dump(stream_get_contents($pipes[2]));
    fclose($pipes[1]);
    fclose($pipes[2]);
    var_dump(proc_close($process));
    $p = proc_open('echo oops >&2; exit 3', [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes2);
    var_dump(fgets($pipes2[2]), feof($pipes2[1]) ? 'eof early' : stream_get_contents($pipes2[1]));
    var_dump(proc_close($p));
});
?>
--EXPECT--
writer: wrote 1048576 bytes
reader: got 1048576 bytes, intact
other coroutine ran during the transfer: yes
string(0) ""
int(0)
string(5) "oops
"
string(0) ""
int(3)
