--TEST--
With HOOK_ALL, 2,000 cycles of stream_socket_client() / fwrite() / fgets() / fclose() from 10 client coroutines against a stream_socket_server() echo server that runs one coroutine per connection leave memory_get_usage() flat: after a warm-up of 200 cycles, it grows by less than 64 KiB; every reply is intact
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

Study\Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$serving = true;
Sgo(function () use ($server, &$serving) {
    while ($serving) {
        $conn = @stream_socket_accept($server, 0.05);
        if ($conn === false) {
            continue;
        }
        Sgo(function ($conn) {
            while (($line = fgets($conn)) !== false) {
                fwrite($conn, $line);
            }
            fclose($conn);
        }, $conn);
    }
});

function cycles(string $address, int $workers, int $perWorker): array
{
    $wg = new WaitGroup();
    $result = ['intact' => 0, 'failed' => 0];
    for ($w = 0; $w < $workers; $w++) {
        $wg->add();
        Sgo(function () use ($address, $w, $perWorker, $wg, &$result) {
            for ($i = 0; $i < $perWorker; $i++) {
                $client = stream_socket_client("tcp://$address", $errno, $errstr, 30);
                if ($client === false) {
                    $result['failed']++;
                    continue;
                }
                $line = "worker $w cycle $i\n";
                fwrite($client, $line);
                fgets($client) === $line ? $result['intact']++ : $result['failed']++;
                fclose($client);
            }
            $wg->done();
        });
    }
    $wg->wait();
    // Let the server's connection coroutines see the close and end.
    Sco::sleep(0.1);
    return $result;
}
$warmUp = cycles($address, 10, 20);
gc_collect_cycles();
$before = memory_get_usage();
$result = cycles($address, 10, 200);
gc_collect_cycles();
$growth = memory_get_usage() - $before;
echo "warm-up: {$warmUp['intact']} intact, {$warmUp['failed']} failed\n";
echo "cycles: {$result['intact']} intact, {$result['failed']} failed\n";
echo "memory growth: ", $growth < 65536 ? "below 64 KiB" : "$growth bytes", "\n";
$serving = false;
?>
--EXPECT--
warm-up: 200 intact, 0 failed
cycles: 2000 intact, 0 failed
memory growth: below 64 KiB
