--TEST--
Study\Coroutine\Socket: a fatal error in a coroutine while the main script waits with a timeout in recv() or accept() ends the script with PHP's message and exit status 255 (it aborted in libuv's uv_close when the socket was freed: the long jump left the main script's wait linked)
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
$setup = '$server = new Study\\Coroutine\\Socket(); $server->bind("127.0.0.1"); $server->listen(); $port = $server->getsockname()["port"]; $client = new Study\\Coroutine\\Socket(); $client->connect("127.0.0.1", $port);';
$cases = [
    'recv(10, 5)' => "$setup $fatal var_dump(\$client->recv(10, 5));",
    'recvAll(10, 5)' => "$setup $fatal var_dump(\$client->recvAll(10, 5));",
    'accept(5)' => "$setup \$peer = \$server->accept(); $fatal var_dump(\$server->accept(5));",
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, $code);
    echo "$name: status $status\n$out";
}
?>
--EXPECT--
recv(10, 5): status 255

Fatal error: boom in FILE on line 3
[shutdown]
recvAll(10, 5): status 255

Fatal error: boom in FILE on line 3
[shutdown]
accept(5): status 255

Fatal error: boom in FILE on line 3
[shutdown]
