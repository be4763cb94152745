--TEST--
Study\Coroutine\Server: when accept() fails with EMFILE (the process is out of descriptors), the server keeps its
listening socket, pauses, and serves the waiting connections once descriptors are free again
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
use Study\Coroutine\{Server, Socket};

$server = new Server('127.0.0.1', 0);
$served = 0;
$server->set_handler(function (Socket $conn) use (&$served) {
    $conn->sendAll("hello\n");
    $conn->close();
    $served++;
});
Sgo(fn() => var_dump($server->start()));

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
foreach ($clients as $client) {
    var_dump($client->connect('127.0.0.1', $server->port, 5));
}
Sco::sleep(0.2);
echo "errCode while out of descriptors: ", $server->errCode === 24 ? "EMFILE" : $server->errCode, "\n";
echo "served while out of descriptors: $served\n";
$fillers = [];
posix_setrlimit(POSIX_RLIMIT_NOFILE, (int)$limits['soft openfiles'], (int)$limits['hard openfiles']);
foreach ($clients as $i => $client) {
    echo "client $i: ", trim($client->recv(64, 5)), "\n";
    $client->close();
}
echo "served: $served\n";
$server->shutdown();
?>
--EXPECT--
bool(true)
bool(true)
errCode while out of descriptors: EMFILE
served while out of descriptors: 0
client 0: hello
client 1: hello
served: 2
bool(true)
