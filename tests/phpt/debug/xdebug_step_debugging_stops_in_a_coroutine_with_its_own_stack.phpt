--TEST--
Step debugging with Xdebug (debug mode, driven by a DBGp client in this test): a breakpoint inside a coroutine stops
there and stack_get shows that coroutine's frames only (its function, then its fiber); a step over the Sco::sleep()
that suspends it stops, with Xdebug 3.3+, at the coroutine's next line once it is resumed, and with Xdebug 3.2 in the
main script, as over Fiber::suspend(); a breakpoint after the sleep stops in the resumed coroutine with its own frames
(before, the coroutine's frames were piled on the main script's: "work:14 < Sgo:0 < {main}:13")
--SKIPIF--
<?php
// run-tests checks this without the Xdebug the test's child PHP loads.
if (!is_file(ini_get('extension_dir') . '/xdebug.so')) die('skip Xdebug is not installed (Debian: php8.2-xdebug)');
?>
--EXTENSIONS--
study
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$dir = sys_get_temp_dir() . '/study-xdebug-debug-' . getmypid();
@mkdir($dir);
$script = "$dir/script.php";
file_put_contents($script, <<<'PHP'
<?php
function work(): int {
    $x = 1;
    Sco::sleep(0.05);
    $y = 2;
    return $x + $y;
}
function other(): void {
    for ($i = 0; $i < 3; $i++) {
        $z = $i;
    }
}
Sgo('work');
Sgo('other');
echo "script ended\n";
PHP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = (int)substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
$command = [PHP_BINARY, '-n', '-d', "extension=$m[1]", '-d', 'zend_extension=xdebug', '-d', 'xdebug.mode=debug',
    '-d', 'xdebug.start_with_request=yes', '-d', 'xdebug.client_host=127.0.0.1', '-d', "xdebug.client_port=$port", $script];
$process = proc_open($command, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
// Xdebug connects to this process, the debugger, as the script starts; a debugger that waits in vain gives up.
$conn = stream_socket_accept($server, 60) or die("Xdebug did not connect\n" . stream_get_contents($pipes[2]));
stream_set_timeout($conn, 60);

// DBGp: the debugger sends "command -i ID args\0"; Xdebug answers "LENGTH\0XML\0". The XML is read with regular
// expressions: Debian's PHP has SimpleXML and DOM as extensions apart, which this test's PHP (run with -n) lacks.
function packet($conn): string {
    $length = stream_get_line($conn, 20, "\0");
    $xml = '';
    while (strlen($xml) < (int)$length) { $xml .= fread($conn, (int)$length - strlen($xml)); }
    fread($conn, 1);
    return $xml;
}
function attribute(string $xml, string $element, string $name): string {
    return preg_match("~<$element\\b[^>]*\\s$name=\"([^\"]*)\"~", $xml, $m) ? $m[1] : '';
}
$id = 0;
function send($conn, string $cmd): string {
    global $id;
    fwrite($conn, "$cmd -i " . ++$id . "\0");
    return packet($conn);
}
function where(string $r): string {
    $line = attribute($r, 'xdebug:message', 'lineno');
    return attribute($r, 'response', 'status') . ($line !== '' ? " at line $line" : '');
}
function stack($conn): string {
    $r = send($conn, 'stack_get');
    $out = [];
    preg_match_all('~<stack\\b[^>]*>~', $r, $frames);
    foreach ($frames[0] as $f) { $out[] = attribute($f, 'stack', 'where') . ':' . attribute($f, 'stack', 'lineno'); }
    return implode(' < ', $out);
}
$init = packet($conn);
echo "init: ", attribute($init, 'init', 'fileuri') === "file://$script" ? 'the script' : $init, "\n";
foreach ([4, 5] as $line) {
    $r = send($conn, "breakpoint_set -t line -f file://$script -n $line");
    echo "breakpoint on line $line: ", attribute($r, 'response', 'id') !== '' ? 'set' : $r, "\n";
}
// Runs the steps until Xdebug says the script is stopping, and gives what each stop showed.
$transcript = [];
foreach (['run', 'step_over', 'run', 'run'] as $step) {
    $r = send($conn, $step);
    $transcript[] = "$step: " . where($r);
    if (attribute($r, 'response', 'status') !== 'break') {
        break;
    }
    $transcript[] = '  stack: ' . preg_replace('/\{fiber:[0-9A-F]+\}/', '{fiber}', stack($conn));
}
// A step over a call that suspends the coroutine: Xdebug 3.2 (PHP 8.2's) stops at the next line that runs, in the
// main script here, as it does over Fiber::suspend(); Xdebug 3.3 and later step within the fiber, so it stops at the
// coroutine's next line once the coroutine is resumed.
$version = attribute($init, 'engine', 'version');
$within_fiber = version_compare($version, '3.3', '>=');
$expected = $within_fiber ? [
    'run: break at line 4', '  stack: work:4 < {fiber}:0',
    'step_over: break at line 5', '  stack: work:5 < {fiber}:0',
    'run: stopping',
] : [
    'run: break at line 4', '  stack: work:4 < {fiber}:0',
    'step_over: break at line 14', '  stack: {main}:14',
    'run: break at line 5', '  stack: work:5 < {fiber}:0',
    'run: stopping',
];
echo "steps as Xdebug ", $within_fiber ? '3.3+' : '3.2', " steps: ",
    $transcript === $expected ? "yes\n" : "no\n" . implode("\n", $transcript) . "\n";
fclose($conn);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
echo "status ", proc_close($process), "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
init: the script
breakpoint on line 4: set
breakpoint on line 5: set
steps as Xdebug %s steps: yes
script ended
status 0
