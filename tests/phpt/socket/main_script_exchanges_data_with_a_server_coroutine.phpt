--TEST--
Study\Coroutine\Socket in the main script: connect(), sendAll() and recv() block only the main script while a server coroutine accepts and answers after a sleep, and another coroutine keeps ticking meanwhile; accept() in the main script works the same with a client coroutine
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$listener = new Socket();
$listener->bind('127.0.0.1', 0);
$listener->listen();
$port = $listener->getsockname()['port'];
$ticks = 0;
$stop = false;
$ticker = Sgo(function () use (&$ticks, &$stop) {
    while (!$stop) {
        Sco::sleep(0.005);
        $ticks++;
    }
});
$server = Sgo(function () use ($listener) {
    $conn = $listener->accept();
    $request = $conn->recv();
    Sco::sleep(0.1);
    echo "server: answers '$request'\n";
    $conn->sendAll("re: $request");
    $conn->close();
});

$client = new Socket();
var_dump($client->connect('127.0.0.1', $port));
$ticksBefore = $ticks;
var_dump($client->sendAll('ping'));
echo "main: waits for the answer\n";
var_dump($client->recv());
echo "main: the ticker ran while main waited: ", $ticks > $ticksBefore ? "yes" : "NO", "\n";
var_dump($client->recv());
$client->close();
Sco::join([$server]);

echo "-- accept in the main script\n";
Sgo(function () use ($port) {
    Sco::sleep(0.05);
    $client = new Socket();
    $client->connect('127.0.0.1', $port);
    echo "client: connected, sends\n";
    $client->sendAll('hello main');
    $client->close();
});
$conn = $listener->accept();
$data = '';
while (($chunk = $conn->recv()) !== '' && $chunk !== false) {
    $data .= $chunk;
}
echo "main: accepted and read '$data'\n";
$conn->close();
$listener->close();
$stop = true;
Sco::join([$ticker]);
?>
--EXPECT--
bool(true)
int(4)
main: waits for the answer
server: answers 'ping'
string(8) "re: ping"
main: the ticker ran while main waited: yes
string(0) ""
-- accept in the main script
client: connected, sends
main: accepted and read 'hello main'
