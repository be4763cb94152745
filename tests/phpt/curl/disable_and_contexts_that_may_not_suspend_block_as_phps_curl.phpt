--TEST--
HOOK_CURL: curl_exec() in the main script waits while coroutines run; after disableCoroutine() it blocks the process again (a ticking coroutine does not run meanwhile) and a multi handle made then blocks in curl_multi_select(); in a destructor before PHP 8.4 (where a context may not suspend) curl_exec() blocks and still returns the body; enableCoroutine() again hooks it again
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/server.inc';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(2);
$ticks = 0;
$stop = false;
$flag = null;
// The ticker counts its turns, and on each turn creates the flag file $flag names, if any: an answer that waits for
// that file (router.inc's /wait) comes only if the ticker ran while the call waited, however slowly a loaded machine
// runs; a call that blocked would get "NO FILE AFTER A MINUTE".
$ticker = Sgo(function () use (&$ticks, &$stop, &$flag) {
    while (!$stop) {
        Sco::sleep(0.01);
        $ticks++;
        if (($file = $flag) !== null) {
            touch($file);
        }
    }
});
$flags = [];
$after_a_tick = function () use (&$flag, &$flags): string {
    $flag = $flags[] = sys_get_temp_dir() . '/study-curl-disable-flag-' . getmypid() . '-' . count($flags);
    return '/wait?file=' . urlencode($flag);
};
function fetch(int $port, string $path): string {
    $ch = curl_init("http://127.0.0.1:$port$path");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
function fetch_multi(int $port, string $path): string {
    $mh = curl_multi_init();
    $ch = curl_init("http://127.0.0.1:$port$path");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_multi_add_handle($mh, $ch);
    do {
        curl_multi_exec($mh, $active);
        if ($active) {
            curl_multi_select($mh, 1.0);
        }
    } while ($active);
    return curl_multi_getcontent($ch);
}
function ticks_during(callable $call, int &$ticks, ?string &$flag): string {
    $before = $ticks;
    $result = $call();
    $flag = null;
    return "$result, the ticker ran meanwhile: " . ($ticks > $before ? 'yes' : 'no');
}

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
echo "hooked, main script: ", ticks_during(fn() => fetch($port, $after_a_tick()), $ticks, $flag), "\n";
echo "hooked, main script, multi: ", ticks_during(fn() => fetch_multi($port, $after_a_tick()), $ticks, $flag), "\n";
Study\Runtime::disableCoroutine();
// A blocking call must get its answer without the ticker: the server answers these after 200 ms.
echo "disabled: ", ticks_during(fn() => fetch($port, '/sleep?ms=200'), $ticks, $flag), "\n";
echo "disabled, multi: ", ticks_during(fn() => fetch_multi($port, '/sleep?ms=200'), $ticks, $flag), "\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
echo "enabled again: ", ticks_during(fn() => fetch($port, $after_a_tick()), $ticks, $flag), "\n";

class FetchesOnDestruct {
    public function __construct(private int $port) {}
    public function __destruct() {
        echo "in a destructor: ", fetch($this->port, '/sleep?ms=200'), "\n";
    }
}
Sco::join([Sgo(function () use ($port) {
    $object = new FetchesOnDestruct($port);
    unset($object);
})]);
$stop = true;
Sco::join([$ticker]);
curl_test_server_stop($server);
array_map('unlink', $flags);
?>
--EXPECT--
hooked, main script: the file exists, the ticker ran meanwhile: yes
hooked, main script, multi: the file exists, the ticker ran meanwhile: yes
disabled: slept 200 ms, the ticker ran meanwhile: no
disabled, multi: slept 200 ms, the ticker ran meanwhile: no
enabled again: the file exists, the ticker ran meanwhile: yes
in a destructor: slept 200 ms
