--TEST--
Study\Coroutine\Channel: a fatal error in a coroutine while the main script waits with a timeout in pop() or select() ends the script with PHP's message and exit status 255 (it aborted in libuv's uv_close when the channel was freed: the long jump left the main script's wait linked)
--EXTENSIONS--
study
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
$so = $m[1];

function run_php(string $so, string $code): array {
    $file = tempnam(sys_get_temp_dir(), 'study');
    file_put_contents($file, "<?php\nregister_shutdown_function(function () { echo \"[shutdown]\\n\"; });\n$code\necho \"[after]\\n\";\n");
    // PHP 8.4 deprecates E_USER_ERROR, which is still the simplest fatal error on every version: no deprecation notice.
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0', '-d', 'fatal_error_backtraces=0', // on by default in 8.5
        '-d', 'error_reporting=' . (E_ALL & ~E_DEPRECATED), $file];
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

$fatal = 'Sgo(function () { Sco::sleep(0.01); trigger_error("boom", E_USER_ERROR); });';
$cases = [
    'pop(5)' => "\$chan = new Study\\Coroutine\\Channel(1); $fatal var_dump(\$chan->pop(5));",
    'pop() without timeout' => "\$chan = new Study\\Coroutine\\Channel(1); $fatal var_dump(\$chan->pop());",
    'push(5) to a full channel' => "\$chan = new Study\\Coroutine\\Channel(1); \$chan->push(1); $fatal var_dump(\$chan->push(2, 5));",
    'select(..., 5)' => "\$a = new Study\\Coroutine\\Channel(1); \$b = new Study\\Coroutine\\Channel(0); $fatal var_dump(Study\\Coroutine\\Channel::select([\$a], [[\$b, 1]], 5));",
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, $code);
    echo "$name: status $status\n$out";
}
?>
--EXPECT--
pop(5): status 255

Fatal error: boom in FILE on line 3
[shutdown]
pop() without timeout: status 255

Fatal error: boom in FILE on line 3
[shutdown]
push(5) to a full channel: status 255

Fatal error: boom in FILE on line 3
[shutdown]
select(..., 5): status 255

Fatal error: boom in FILE on line 3
[shutdown]
