--TEST--
Symfony's NativeHttpClient (PHP's http:// stream wrapper) with HOOK_ALL, an integration check of the bindto fix (runtime/bindto_php_cannot_parse_is_ignored_and_a_failed_bind_warns_as_in_php): with Symfony's default bindto '0', which PHP cannot parse and ignores, every hooked connect failed before ('Failed to parse address "0"'), so the client could not make a single request; now 20 coroutines each GET a 0.2 s URL at once, every request starts before the first one ends, and each response has status 200 and its body
--EXTENSIONS--
study
--SKIPIF--
<?php
if (!is_file('/usr/share/php/Symfony/Component/HttpClient/autoload.php')) die('skip php-symfony-http-client is not installed');
?>
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
; The library uses preg_*(); PCRE's JIT reads past the end of a subject in 16-byte steps, which valgrind reports
pcre.jit=0
--FILE--
<?php
// The curl tests' server: PHP's built-in server with a router, in a process of its own.
require __DIR__ . '/../curl/server.inc';
require '/usr/share/php/Symfony/Component/HttpClient/autoload.php';
use Study\Coroutine as Sco;
use Symfony\Component\HttpClient\NativeHttpClient;

[$server, $port] = curl_test_server(20);

$get = function (int $i) use ($port): string {
    // No proxy, whatever the environment says (Symfony reads http_proxy on the command line).
    $response = (new NativeHttpClient(['no_proxy' => '*']))->request('GET', "http://127.0.0.1:$port/sleep?ms=200&i=$i");
    return $response->getStatusCode() . ' ' . $response->getContent();
};
echo "without hooks: ", $get(0), "\n";

Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$events = [];
$results = [];
$cids = [];
for ($i = 0; $i < 20; $i++) {
    $cids[] = Sgo(function () use ($i, $get, &$events, &$results) {
        $events[] = 'start';
        $results[$i] = $get($i);
        $events[] = 'end';
    });
}
Sco::join($cids);
$firstEnd = array_search('end', $events, true);
printf("with hooks: %d started before the first ended; %d results: %s\n",
    count(array_filter(array_slice($events, 0, $firstEnd), fn($e) => $e === 'start')), count($results),
    implode(' ', array_unique($results)));
curl_test_server_stop($server);
?>
--EXPECT--
without hooks: 200 slept 200 ms
with hooks: 20 started before the first ended; 20 results: 200 slept 200 ms
