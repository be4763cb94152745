--TEST--
With HOOK_PROC, 1000 rounds of shell_exec() (and 100 of exec(), popen()/pclose() and proc_open()/proc_close()) in a
coroutine leave the number of open descriptors and of child processes as they were: nothing leaks and no zombie is
left (30 and 3 rounds under valgrind; the child shells carry scripts/phpt.sh's not-traced-by-valgrind marker in a
shell comment, so valgrind does not follow them: traced, each shell took seconds on a loaded machine, and the test
reached run-tests' 300 s limit)
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC);
function fds(): int { return count(scandir('/proc/self/fd')) - 2; }
function children(): int {
    $n = 0;
    foreach (glob('/proc/self/task/*/children') as $file) {
        $n += count(array_filter(explode(' ', trim(file_get_contents($file)))));
    }
    return $n;
}
Sgo(function () {
    // The event loop and the core's epoll set are made at the first waits, and kept: one round of each first.
    Sco::sleep(0.001);
    shell_exec('sleep 0.05; true');
    $p = proc_open('sleep 0.05', [1 => ['pipe', 'w']], $pipes);
    fclose($pipes[1]);
    proc_close($p);
    $fds = fds();
    $children = children();
    $wrong = 0;
    $rounds = getenv('USE_ZEND_ALLOC') === '0' ? 30 : 1000;
    $untraced = ' # not-traced-by-valgrind';
    for ($i = 0; $i < $rounds; $i++) {
        $wrong += shell_exec("echo $i$untraced") !== "$i\n";
    }
    for ($i = 0; $i < $rounds / 10; $i++) {
        $wrong += exec("echo $i$untraced", $out, $rc) !== "$i" || $rc !== 0;
        $p = popen("echo $i$untraced", 'r');
        $wrong += fgets($p) !== "$i\n";
        $wrong += pclose($p) !== 0;
        $p = proc_open("echo $i$untraced", [1 => ['pipe', 'w']], $pipes);
        $wrong += stream_get_contents($pipes[1]) !== "$i\n";
        fclose($pipes[1]);
        $wrong += proc_close($p) !== 0;
    }
    echo "wrong results: $wrong\n";
    echo "descriptors: ", fds() - $fds, " more\n";
    echo "children: ", children() - $children, " more\n";
});
?>
--EXPECT--
wrong results: 0
descriptors: 0 more
children: 0 more
