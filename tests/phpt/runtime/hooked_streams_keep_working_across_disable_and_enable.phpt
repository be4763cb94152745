--TEST--
Streams created while the hooks are on keep working after Study\Runtime::disableCoroutine() (in the main script) and after enableCoroutine() again (in coroutines, where waiting suspends only the coroutine again); new connections work in each phase; the listening socket made while hooked accepts in every phase
--EXTENSIONS--
study
--FILE--
<?php
use Study\Runtime;

Runtime::enableCoroutine();
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$client = $conn = null;
Sco::join([
    Sgo(function () use ($server, &$conn) { $conn = stream_socket_accept($server, 10); }),
    Sgo(function () use ($address, &$client) { $client = stream_socket_client("tcp://$address", $errno, $errstr, 10); }),
]);

function round_trip(string $where, $client, $conn): void
{
    fwrite($client, "ping $where\n");
    fwrite($conn, "pong " . fgets($conn));
    $reply = fgets($client);
    echo "$where: ", $reply;
}
function new_connection(string $where, $server, string $address): void
{
    $c = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    $s = stream_socket_accept($server, 10);
    fwrite($c, "new $where");
    $data = fread($s, 100);
    echo "$where: new connection got '$data'\n";
    fclose($c);
    fclose($s);
}
round_trip("hooked, main script", $client, $conn);

var_dump(Runtime::disableCoroutine());
round_trip("disabled, main script", $client, $conn);
new_connection("disabled, main script", $server, $address);

var_dump(Runtime::enableCoroutine());
$reader = Sgo(function () use ($client) {
    echo "enabled again: reader waits\n";
    $line = fgets($client);
    echo "enabled again: reader got ", $line;
});
echo "enabled again: main goes on\n";
Sco::sleep(0.03);
fwrite($conn, "late line\n");
Sco::join([$reader]);
Sco::join([Sgo('round_trip', "enabled again, coroutine", $client, $conn)]);
Sco::join([Sgo(function () use ($server, $address) {
    $acceptor = Sgo(function () use ($server) {
        $s = stream_socket_accept($server, 10);
        $data = fread($s, 100);
        echo "enabled again: accepted '$data'\n";
        fclose($s);
    });
    $c = stream_socket_client("tcp://$address", $errno, $errstr, 10);
    fwrite($c, "new enabled again");
    Sco::join([$acceptor]);
    fclose($c);
})]);
fclose($client);
fclose($conn);
fclose($server);
?>
--EXPECT--
hooked, main script: pong ping hooked, main script
bool(true)
disabled, main script: pong ping disabled, main script
disabled, main script: new connection got 'new disabled, main script'
bool(true)
enabled again: reader waits
enabled again: main goes on
enabled again: reader got late line
enabled again, coroutine: pong ping enabled again, coroutine
enabled again: accepted 'new enabled again'
