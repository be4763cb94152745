--TEST--
HOOK_CURL with Debian's Guzzle (default handler: CurlHandler for synchronous requests, CurlMultiHandler for promises) and Symfony's CurlHttpClient: 20 coroutines each GET a 0.2 s URL through each client at once; every request starts before the first one ends, and each response has status 200 and its body; a Guzzle request to a closed port throws ConnectException with cURL error 7 as without hooks
--EXTENSIONS--
study
curl
--SKIPIF--
<?php
require __DIR__ . '/skipif.inc';
if (!is_file('/usr/share/php/GuzzleHttp/autoload.php')) die('skip php-guzzlehttp-guzzle is not installed');
if (!is_file('/usr/share/php/Symfony/Component/HttpClient/autoload.php')) die('skip php-symfony-http-client is not installed');
?>
--INI--
; Guzzle 7.4.5 (Debian 12) makes a dynamic property, deprecated since PHP 8.2
error_reporting=E_ALL & ~E_DEPRECATED
; The libraries use preg_*(); PCRE's JIT reads past the end of a subject in 16-byte steps, which valgrind reports
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/server.inc';
require '/usr/share/php/GuzzleHttp/autoload.php';
require '/usr/share/php/Symfony/Component/HttpClient/autoload.php';
use Study\Coroutine as Sco;

[$server, $port] = curl_test_server(20);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);

function concurrently(string $name, callable $request): void {
    $events = [];
    $results = [];
    $cids = [];
    for ($i = 0; $i < 20; $i++) {
        $cids[] = Sgo(function () use ($i, $request, &$events, &$results) {
            $events[] = 'start';
            $results[$i] = $request($i);
            $events[] = 'end';
        });
    }
    Sco::join($cids);
    $firstEnd = array_search('end', $events, true);
    printf("%s: %d started before the first ended; %d results: %s\n", $name,
        count(array_filter(array_slice($events, 0, $firstEnd), fn($e) => $e === 'start')), count($results),
        implode(' ', array_unique($results)));
}

$guzzle = new GuzzleHttp\Client(['base_uri' => "http://127.0.0.1:$port"]);
concurrently('Guzzle sync', function ($i) use ($guzzle) {
    $response = $guzzle->get("/sleep?ms=200&i=$i");
    return $response->getStatusCode() . ' ' . $response->getBody();
});
concurrently('Guzzle async', function ($i) use ($guzzle) {
    $response = $guzzle->getAsync("/sleep?ms=200&i=$i")->wait();
    return $response->getStatusCode() . ' ' . $response->getBody();
});
concurrently('Symfony CurlHttpClient', function ($i) use ($port) {
    $client = new Symfony\Component\HttpClient\CurlHttpClient();
    $response = $client->request('GET', "http://127.0.0.1:$port/sleep?ms=200&i=$i");
    return $response->getStatusCode() . ' ' . $response->getContent();
});

$closed = curl_closed_port();
$error = function () use ($guzzle, $closed) {
    try {
        $guzzle->get("http://127.0.0.1:$closed/");
    } catch (GuzzleHttp\Exception\ConnectException $e) {
        // "... after N ms: ..." depends on the run (valgrind makes it longer): N is left out.
        $message = explode(' (see', $e->getMessage())[0];
        $after = strpos($message, ' after ');
        $ms = strpos($message, ' ms: ', (int)$after);
        return get_class($e) . ': ' . ($after === false || $ms === false ? $message : substr($message, 0, $after) . ' after N ms' . substr($message, $ms + 3));
    }
    return 'no exception';
};
Study\Runtime::disableCoroutine();
$plain = $error();
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_ALL);
$hooked = null;
Sco::join([Sgo(function () use ($error, &$hooked) { $hooked = $error(); })]);
echo "closed port: ", $hooked === $plain ? "the same exception as without hooks" : "DIFFERENT: $hooked / $plain", "\n";
echo strtr($hooked, [(string)$closed => 'PORT']), "\n";
curl_test_server_stop($server);
?>
--EXPECTF--
Guzzle sync: 20 started before the first ended; 20 results: 200 slept 200 ms
Guzzle async: 20 started before the first ended; 20 results: 200 slept 200 ms
Symfony CurlHttpClient: 20 started before the first ended; 20 results: 200 slept 200 ms
closed port: the same exception as without hooks
GuzzleHttp\Exception\ConnectException: cURL error 7: Failed to connect to 127.0.0.1 port PORT after N ms: %s
