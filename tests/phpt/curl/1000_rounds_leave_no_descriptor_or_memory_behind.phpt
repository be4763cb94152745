--TEST--
HOOK_CURL: 1000 rounds of curl_init() + curl_exec() in a coroutine (the handle freed with its variable; PHP 8.5 deprecates curl_close()), and 200 rounds of a curl_multi_* loop on a new multi handle, leave the number of open descriptors (/proc/self/fd) and the memory in use where the first rounds left them
--EXTENSIONS--
study
curl
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!is_dir('/proc/self/fd')) die('skip needs /proc/self/fd');
?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(2);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$descriptors = fn() => count(scandir('/proc/self/fd')) - 2;
// What each open descriptor is (a socket's inode, a pipe, a file): printed for the new ones when the count grew, so
// that a failure says what was left open.
$targets = function (): array {
    $targets = [];
    foreach (scandir('/proc/self/fd') as $fd) {
        if ($fd[0] !== '.') {
            $targets[$fd] = (string)@readlink("/proc/self/fd/$fd");
        }
    }
    return $targets;
};
$rounds = getenv('USE_ZEND_ALLOC') === '0' ? 200 : 1000; /* fewer under valgrind */
Sco::join([Sgo(function () use ($port, $descriptors, $targets, $rounds) {
    $fetch = function () use ($port) {
        $ch = curl_init("http://127.0.0.1:$port/");
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        $body = curl_exec($ch);
        unset($ch);
        return $body;
    };
    $multi = function () use ($port) {
        $mh = curl_multi_init();
        $ch = curl_init("http://127.0.0.1:$port/");
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_multi_add_handle($mh, $ch);
        do {
            curl_multi_exec($mh, $active);
            if ($active) {
                curl_multi_select($mh, 1.0);
            }
        } while ($active);
        $body = curl_multi_getcontent($ch);
        curl_multi_remove_handle($mh, $ch);
        curl_multi_close($mh);
        return $body;
    };
    for ($i = 0; $i < 10; $i++) {
        $fetch();
        $multi();
    }
    $fds = $descriptors();
    $before = $targets();
    $memory = memory_get_usage();
    $bodies = [];
    for ($i = 0; $i < $rounds; $i++) {
        $bodies[$fetch()] = true;
        if ($i % 5 === 0) {
            $bodies[$multi()] = true;
        }
    }
    echo "bodies: ", implode(' ', array_keys($bodies)), "\n";
    $new = array_diff_assoc($targets(), $before);
    echo "descriptors: ", $descriptors() <= $fds ? 'flat' : "grew from $fds to " . $descriptors() . ': ' . json_encode($new),
        "\n";
    $grown = memory_get_usage() - $memory;
    echo "memory: ", $grown < 64 * 1024 ? 'flat' : "grew by $grown bytes", "\n";
})]);
curl_test_server_stop($server);
?>
--EXPECT--
bodies: ok
descriptors: flat
memory: flat
