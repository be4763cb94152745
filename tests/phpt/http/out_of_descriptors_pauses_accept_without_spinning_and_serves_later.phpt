--TEST--
Study\Http\Server when accept() fails with EMFILE (the process is out of descriptors): the server neither crashes nor
spins (it waits for a connection to end, or a second), keeps its listening socket, and serves the waiting connections
once descriptors are free again
--EXTENSIONS--
study
posix
--SKIPIF--
<?php
if (!function_exists('posix_setrlimit')) die('skip posix_setrlimit() is not available');
// Valgrind keeps descriptors of its own and handles the limit of open files itself.
if (getenv('USE_ZEND_ALLOC') === '0') die('skip valgrind manages the descriptor limit itself');
?>
--FILE--
<?php
use Study\Http\{Server, Request, Response};
use Study\Coroutine\Socket;

$server = new Server('127.0.0.1', 0);
$served = 0;
$server->handle('/', function (Request $req, Response $res) use (&$served) {
    $served++;
    $res->end("hello {$req->path}\n");
});
Sgo(fn() => $server->start());

// Two client sockets are made, then every free descriptor number below the limit is taken: the clients can still
// connect (the kernel completes the connections in the backlog), but the server's accept() fails with EMFILE.
$limits = posix_getrlimit();
$clients = [new Socket(), new Socket()];
$open = array_filter(array_map('intval', scandir('/proc/self/fd')), fn($fd) => @readlink("/proc/self/fd/$fd") !== false);
posix_setrlimit(POSIX_RLIMIT_NOFILE, max($open) + 1, (int)$limits['hard openfiles']);
$fillers = [];
while (($filler = @fopen('/dev/null', 'r')) !== false) {
    $fillers[] = $filler;
}
foreach ($clients as $i => $client) {
    var_dump($client->connect('127.0.0.1', $server->port, 5));
    $client->sendAll("GET /$i HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
}
$cpu = fn() => array_sum(array_map(fn($k) => getrusage()[$k], ['ru_utime.tv_sec', 'ru_stime.tv_sec'])) +
    array_sum(array_map(fn($k) => getrusage()[$k], ['ru_utime.tv_usec', 'ru_stime.tv_usec'])) / 1e6;
$before = $cpu();
$start = microtime(true);
Sco::sleep(0.5);
$spent = $cpu() - $before;
/* A loop retrying accept() at once would spend about the whole half second; a loaded machine only lowers this. */
echo "CPU while out of descriptors: ", $spent < 0.25 ? "little" : "$spent s in " . (microtime(true) - $start) . " s", "\n";
echo "served while out of descriptors: $served\n";
$fillers = [];
posix_setrlimit(POSIX_RLIMIT_NOFILE, (int)$limits['soft openfiles'], (int)$limits['hard openfiles']);
foreach ($clients as $i => $client) {
    $reply = '';
    while (($data = $client->recv(4096, 30)) !== false && $data !== '') {
        $reply .= $data;
    }
    echo "client $i: ", substr($reply, strrpos($reply, "\r\n\r\n") + 4);
    $client->close();
}
echo "served: $served\n";
$server->shutdown();
?>
--EXPECT--
bool(true)
bool(true)
CPU while out of descriptors: little
served while out of descriptors: 0
client 0: hello /0
client 1: hello /1
served: 2
