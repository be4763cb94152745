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
$ticker = Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        Sco::sleep(0.01);
        $ticks++;
    }
});
function fetch(int $port): string {
    $ch = curl_init("http://127.0.0.1:$port/sleep?ms=200");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return curl_exec($ch);
}
function fetch_multi(int $port): string {
    $mh = curl_multi_init();
    $ch = curl_init("http://127.0.0.1:$port/sleep?ms=200");
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
function ticks_during(callable $call, int &$ticks): string {
    $before = $ticks;
    $result = $call();
    return "$result, the ticker ran meanwhile: " . ($ticks > $before ? 'yes' : 'no');
}

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
echo "hooked, main script: ", ticks_during(fn() => fetch($port), $ticks), "\n";
echo "hooked, main script, multi: ", ticks_during(fn() => fetch_multi($port), $ticks), "\n";
Study\Runtime::disableCoroutine();
echo "disabled: ", ticks_during(fn() => fetch($port), $ticks), "\n";
echo "disabled, multi: ", ticks_during(fn() => fetch_multi($port), $ticks), "\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
echo "enabled again: ", ticks_during(fn() => fetch($port), $ticks), "\n";

class FetchesOnDestruct {
    public function __construct(private int $port) {}
    public function __destruct() {
        echo "in a destructor: ", fetch($this->port), "\n";
    }
}
Sco::join([Sgo(function () use ($port) {
    $object = new FetchesOnDestruct($port);
    unset($object);
})]);
$stop = true;
Sco::join([$ticker]);
curl_test_server_stop($server);
?>
--EXPECT--
hooked, main script: slept 200 ms, the ticker ran meanwhile: yes
hooked, main script, multi: slept 200 ms, the ticker ran meanwhile: yes
disabled: slept 200 ms, the ticker ran meanwhile: no
disabled, multi: slept 200 ms, the ticker ran meanwhile: no
enabled again: slept 200 ms, the ticker ran meanwhile: yes
in a destructor: slept 200 ms
