--TEST--
Out of memory in a coroutine while the main script waits with a timeout in Channel::pop(5), Channel::select(..., 5), Socket::recv(10, 5) or a hooked fread() ends the script with PHP's "Allowed memory size" message and exit status 255, as a trigger_error() fatal error there does (the fatal_error_in_coroutine_while_main_* tests, which aborted in libuv's uv_close before the main script's waits were unlinked on a long jump); the memory limit's error takes its own path through the engine (zend_mm_safe_error)
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
    $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'display_errors=1', '-d', 'log_errors=0',
        '-d', 'memory_limit=32M', '-d', 'fatal_error_backtraces=0', $file];
    // Zend's allocator, or malloc() with the limit still counted (run-tests' valgrind mode turns Zend's off).
    $env = ['USE_TRACKED_ALLOC' => '1'] + getenv();
    $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $status = proc_close($proc);
    unlink($file);
    return [$status, str_replace($file, 'FILE', $out)];
}

// Each script is one line (line 3 of its file), which the messages name.
$oom = 'Sgo(function () { Sco::sleep(0.01); $a = []; while (true) { $a[] = str_repeat("x", 1 << 20); } });';
$socket = '$server = new Study\\Coroutine\\Socket(); $server->bind("127.0.0.1"); $server->listen();'
    . ' $port = $server->getsockname()["port"];'
    . ' $client = new Study\\Coroutine\\Socket(); $client->connect("127.0.0.1", $port);';
$stream = 'Study\\Runtime::enableCoroutine(); $server = stream_socket_server("tcp://127.0.0.1:0");'
    . ' $client = stream_socket_client("tcp://" . stream_socket_get_name($server, false));'
    . ' $peer = stream_socket_accept($server); stream_set_timeout($client, 5);';
$channels = '$a = new Study\\Coroutine\\Channel(1); $b = new Study\\Coroutine\\Channel(0);';
$cases = [
    'Channel::pop(5)' => "\$chan = new Study\\Coroutine\\Channel(1); $oom var_dump(\$chan->pop(5));",
    'Channel::select(..., 5)' => "$channels $oom var_dump(Study\\Coroutine\\Channel::select([\$a], [[\$b, 1]], 5));",
    'Socket::recv(10, 5)' => "$socket $oom var_dump(\$client->recv(10, 5));",
    'fread() with a timeout' => "$stream $oom var_dump(fread(\$client, 10));",
];
foreach ($cases as $name => $code) {
    [$status, $out] = run_php($so, $code);
    echo "$name: status $status\n$out";
}
?>
--EXPECTF--
Channel::pop(5): status 255

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in FILE on line 3
[shutdown]
Channel::select(..., 5): status 255

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in FILE on line 3
[shutdown]
Socket::recv(10, 5): status 255

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in FILE on line 3
[shutdown]
fread() with a timeout: status 255

Fatal error: Allowed memory size of 33554432 bytes exhausted (tried to allocate %d bytes) in FILE on line 3
[shutdown]
