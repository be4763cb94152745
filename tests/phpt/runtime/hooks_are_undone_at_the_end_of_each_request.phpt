--TEST--
Hooks last one request: in PHP's built-in web server (one process, many requests), a request that calls Study\Runtime::enableCoroutine() (and leaves a hooked listening stream open) is followed by requests that start with the flags of INI study.hook_flags again, 0 by default, where usleep() in a coroutine blocks as PHP's does; with study.hook_flags=1 each request starts with HOOK_SLEEP, also after a request that disabled the hooks
--EXTENSIONS--
study
--FILE--
<?php
// The study.so this test runs with, for the web server processes.
preg_match('~\S+/study\.so~', file_get_contents('/proc/self/maps'), $m);
$so = $m[0];
$root = sys_get_temp_dir() . '/study-hook-request-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir($root);
file_put_contents("$root/index.php", <<<'PHP'
<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$start = Study\Runtime::getHookFlags();
if ($path === '/enable') {
    Study\Runtime::enableCoroutine();
    $GLOBALS['left_open'] = stream_socket_server('tcp://127.0.0.1:0');
} elseif ($path === '/disable') {
    Study\Runtime::disableCoroutine();
}
$log = [];
Sgo(function () use (&$log) {
    usleep(20000);
    $log[] = 'coroutine woke';
});
$log[] = 'main went on';
study_event_wait();
echo "started with flags $start, ended with ", Study\Runtime::getHookFlags(), ": ", implode(', ', $log), "\n";
PHP);

function serve(string $so, string $root, array $ini, array $paths): void
{
    $probe = stream_socket_server('tcp://127.0.0.1:0');
    $address = stream_socket_get_name($probe, false);
    fclose($probe);
    $command = [PHP_BINARY, '-n', '-d', "extension=$so"];
    foreach ($ini as $setting) {
        array_push($command, '-d', $setting);
    }
    array_push($command, '-S', $address, '-t', $root);
    $server = proc_open($command, [1 => ['file', '/dev/null', 'w'], 2 => ['file', '/dev/null', 'w']], $pipes);
    for ($i = 0; $i < 1000 && !($probe = @stream_socket_client("tcp://$address", $errno, $errstr, 1)); $i++) {
        usleep(20000);
    }
    fclose($probe);
    foreach ($paths as $path) {
        echo str_pad($path, 9), file_get_contents("http://$address$path");
    }
    proc_terminate($server, 2); // SIGINT: the built-in server shuts down cleanly (no leak reports under valgrind)
    proc_close($server);
}
echo "-- study.hook_flags unset\n";
serve($so, $root, [], ['/enable', '/check', '/enable', '/check']);
echo "-- study.hook_flags=1\n";
serve($so, $root, ['study.hook_flags=1'], ['/check', '/enable', '/check', '/disable', '/check']);
unlink("$root/index.php");
rmdir($root);
?>
--EXPECT--
-- study.hook_flags unset
/enable  started with flags 0, ended with 32767: main went on, coroutine woke
/check   started with flags 0, ended with 0: coroutine woke, main went on
/enable  started with flags 0, ended with 32767: main went on, coroutine woke
/check   started with flags 0, ended with 0: coroutine woke, main went on
-- study.hook_flags=1
/check   started with flags 1, ended with 1: main went on, coroutine woke
/enable  started with flags 1, ended with 32767: main went on, coroutine woke
/check   started with flags 1, ended with 1: main went on, coroutine woke
/disable started with flags 1, ended with 0: coroutine woke, main went on
/check   started with flags 1, ended with 1: main went on, coroutine woke
