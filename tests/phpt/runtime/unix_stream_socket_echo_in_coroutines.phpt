--TEST--
With HOOK_UNIX, a unix:// stream socket server on a fresh temporary path, accepting in a coroutine, echoes lines to three client coroutines connected with stream_socket_client('unix://...'): the main script goes on before any reply, every reply is intact, stream types stay unix_socket, and the client's remote name is the path
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_UNIX);
$path = sys_get_temp_dir() . '/study-hook-unix-' . getmypid() . '-' . bin2hex(random_bytes(4)) . '.sock';
$server = stream_socket_server("unix://$path", $errno, $errstr);
echo "server: type ", stream_get_meta_data($server)['stream_type'], "\n";

Sgo(function () use ($server) {
    for ($i = 0; $i < 3; $i++) {
        $conn = stream_socket_accept($server, 10);
        Sgo(function () use ($conn) {
            while (($line = fgets($conn)) !== false) {
                fwrite($conn, "echo: $line");
            }
            fclose($conn);
        });
    }
    fclose($server);
});
$replies = [];
$cids = [];
foreach (['one', 'two', 'three'] as $word) {
    $cids[] = Sgo(function () use ($word, $path, &$replies) {
        $client = stream_socket_client("unix://$path", $errno, $errstr, 10);
        $type = stream_get_meta_data($client)['stream_type'];
        $remote = stream_socket_get_name($client, true) === $path ? "the path" : "OTHER";
        fwrite($client, "$word\n");
        fwrite($client, strtoupper($word) . "\n");
        $replies[$word] = "$type, remote $remote: " . trim(fgets($client)) . " / " . trim(fgets($client));
        fclose($client);
    });
}
echo "main goes on, replies so far: ", count($replies), "\n";
Sco::join($cids);
ksort($replies);
foreach ($replies as $word => $reply) {
    echo "client $word: $reply\n";
}
unlink($path);
?>
--EXPECT--
server: type unix_socket
main goes on, replies so far: 0
client one: unix_socket, remote the path: echo: one / echo: ONE
client three: unix_socket, remote the path: echo: three / echo: THREE
client two: unix_socket, remote the path: echo: two / echo: TWO
