--TEST--
With HOOK_ALL, a tcp echo server written with stream_socket_server() and stream_socket_accept() in one coroutine, one coroutine per connection (fgets() a line, fwrite() it back), serves 100 client coroutines at once, half connecting with stream_socket_client(), half with fsockopen(): no client has its reply before the main script goes on, every reply is the client's own line intact, and the server sees 100 connections from 127.0.0.1
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\WaitGroup;

const CLIENTS = 100;
Study\Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
    stream_context_create(['socket' => ['backlog' => 512]]));
$address = stream_socket_get_name($server, false);
[$host, $port] = explode(':', $address);

$peers = [];
Sgo(function () use ($server, &$peers) {
    for ($i = 0; $i < CLIENTS; $i++) {
        $conn = stream_socket_accept($server, 30, $peer);
        if ($conn === false) {
            echo "accept failed\n";
            return;
        }
        $peers[] = explode(':', $peer)[0];
        Sgo(function () use ($conn) {
            while (($line = fgets($conn)) !== false) {
                fwrite($conn, $line);
            }
            fclose($conn);
        });
    }
    fclose($server);
});

$wg = new WaitGroup();
$replies = 0;
$intact = 0;
$failures = [];
for ($i = 0; $i < CLIENTS; $i++) {
    $wg->add();
    Sgo(function () use ($i, $address, $host, $port, $wg, &$replies, &$intact, &$failures) {
        $client = $i % 2
            ? stream_socket_client("tcp://$address", $errno, $errstr, 30)
            : fsockopen($host, (int) $port, $errno, $errstr, 30);
        if ($client === false) {
            $failures[] = "connect $i: $errno $errstr";
        } else {
            stream_set_timeout($client, 30);
            $line = "client $i says " . str_repeat(chr(65 + $i % 26), $i) . "\n";
            fwrite($client, $line);
            $reply = fgets($client);
            $replies++;
            $reply === $line ? $intact++ : $failures[] = "reply $i: " . var_export($reply, true);
            fclose($client);
        }
        $wg->done();
    });
}
echo "replies before the main script went on: $replies\n";
$wg->wait();
echo "replies: $replies, intact: $intact\n";
echo $failures ? implode("\n", array_slice($failures, 0, 5)) : "no failures", "\n";
Sco::sleep(0.05);
echo "connections seen by the server: ", count($peers), ", from ", implode(',', array_unique($peers)), "\n";
?>
--EXPECT--
replies before the main script went on: 0
replies: 100, intact: 100
no failures
connections seen by the server: 100, from 127.0.0.1
