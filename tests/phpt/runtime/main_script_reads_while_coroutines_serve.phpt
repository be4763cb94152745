--TEST--
With HOOK_TCP, fread(), fgets() and stream_socket_accept() on hooked streams in the main script block the main script as PHP's do, while coroutines keep running meanwhile: a server coroutine that answers only after 50 ms and a ticking coroutine both run during the main script's wait, and the main script gets the answer
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
Sgo(function () use ($server) {
    $conn = stream_socket_accept($server, 10);
    $request = fgets($conn);
    echo "server: got ", $request;
    // Started before the server's own sleep and shorter: it runs while the main script waits, however slow the run.
    Sgo(function () {
        Sco::sleep(0.02);
        echo "ticker: ran while the main script waited\n";
    });
    Sco::sleep(0.05);
    echo "server: answers\n";
    fwrite($conn, "answer to $request");
    fclose($conn);
});
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
fwrite($client, "question\n");
echo "main: waits in fgets\n";
$answer = fgets($client);
echo "main: got ", $answer;
var_dump(fread($client, 10), feof($client));
fclose($client);

// The main script waiting in stream_socket_accept() while a coroutine connects after 30 ms.
Sgo(function () use ($address) {
    Sco::sleep(0.03);
    echo "client coroutine: connects\n";
    $GLOBALS['c'] = stream_socket_client("tcp://$address", $errno, $errstr, 10);
});
echo "main: waits in stream_socket_accept\n";
$conn = stream_socket_accept($server, 10, $peer);
echo "main: accepted from ", explode(':', $peer)[0], "\n";
?>
--EXPECT--
main: waits in fgets
server: got question
ticker: ran while the main script waited
server: answers
main: got answer to question
string(0) ""
bool(true)
main: waits in stream_socket_accept
client coroutine: connects
main: accepted from 127.0.0.1
