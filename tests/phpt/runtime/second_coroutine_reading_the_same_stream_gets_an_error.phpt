--TEST--
With HOOK_TCP, while one coroutine waits in fread() on a hooked tcp stream, a second coroutine's fread() or fgets() on the same stream throws an Error saying the stream is already being read by another coroutine; the first reader is not disturbed and gets the data intact, and the stream works normally afterwards
--EXTENSIONS--
study
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$address = stream_socket_get_name($server, false);
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
$conn = stream_socket_accept($server, 10);

$first = Sgo(function () use ($client) {
    echo "first: waits in fread\n";
    $data = fread($client, 100);
    echo "first: got '$data'\n";
});
foreach (['fread' => fn() => fread($client, 100), 'fgets' => fn() => fgets($client)] as $name => $read) {
    Sco::join([Sgo(function () use ($name, $read) {
        try {
            $data = $read();
            echo "second: $name returned ", var_export($data, true), " INSTEAD OF THROWING\n";
        } catch (Error $e) {
            echo "second: $name threw ", $e instanceof Error ? "an Error" : "?", ", message mentions reading: ",
                preg_match('/\bread/i', $e->getMessage()) ? "yes" : "NO: " . $e->getMessage(), "\n";
        }
    })]);
}
Sco::sleep(0.03);
fwrite($conn, "for the first reader");
Sco::join([$first]);
fwrite($conn, "later\n");
Sco::join([Sgo(function () use ($client) { echo "third: got ", fgets($client); })]);
?>
--EXPECT--
first: waits in fread
second: fread threw an Error, message mentions reading: yes
second: fgets threw an Error, message mentions reading: yes
first: got 'for the first reader'
third: got later
