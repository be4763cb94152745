--TEST--
Study\Process\Pool: a Study\Coroutine\Server and a Study\Http\Server made (bound and listening) in the master before start() are inherited by the workers: 2 workers accept on each, a client gets answers from both pids on both servers and never from the master, and the master keeps the listening sockets (they accept again after the pool stopped)
--EXTENSIONS--
study
pcntl
posix
--SKIPIF--
<?php if (!extension_loaded('pcntl') || !extension_loaded('posix')) die('skip pcntl or posix missing'); ?>
--FILE--
<?php
require __DIR__ . '/pool.inc';
use Study\Coroutine\{Server, Socket, System};
use Study\Http\{Request, Response};
use Study\Process\Pool;

$dir = pool_dir();
$tcp = new Server('127.0.0.1', 0);
$tcp->set_handler(function (Socket $connection) {
    $connection->recv(100, 30);
    $connection->sendAll((string)getmypid(), 30);
    $connection->close();
});
$http = new Study\Http\Server('127.0.0.1', 0);
$http->handle('/', fn(Request $request, Response $response) => $response->end((string)getmypid()));

$pool = new Pool(3);
$result = $pool->start(function (int $id) use ($dir, $tcp, $http) {
    if ($id < 2) {
        Sgo(function () use ($tcp, $http, $dir, $id) {
            pool_append("$dir/ready", (string)$id);
            System::waitSignal(SIGTERM);
            $tcp->shutdown();
            $http->shutdown();
        });
        Sgo(fn() => $tcp->start());
        $http->start();
        pool_append("$dir/stopped", (string)$id);
        return;
    }
    // Worker 2 is the client: requests on new connections to each server, until both workers answered on each. It
    // ends when the stop's SIGTERM comes (rather than be killed by it, which valgrind reports as a leak).
    Sgo(fn() => System::waitSignal(SIGTERM));
    pool_wait_lines("$dir/ready", '/./', 2);
    $seen = ['tcp' => [], 'http' => []];
    while (count($seen['tcp']) < 2 || count($seen['http']) < 2) {
        $seen['tcp'][tcp_ask($tcp->port)] = true;
        $seen['http'][http_get($http->port)] = true;
    }
    pool_append("$dir/answers", 'tcp ' . implode(' ', array_keys($seen['tcp'])));
    pool_append("$dir/answers", 'http ' . implode(' ', array_keys($seen['http'])));
    posix_kill(Pool::masterPid(), SIGTERM);
});

// What the TCP server answers on a new connection, "" when it did not.
function tcp_ask(int $port): string {
    $socket = new Socket();
    $answer = '';
    if ($socket->connect('127.0.0.1', $port, 30) && $socket->sendAll("pid?", 30)) {
        $answer = (string)$socket->recv(100, 30);
    }
    $socket->close();
    return $answer;
}

// The body of GET / on a new connection, "" when there was none.
function http_get(int $port): string {
    $socket = new Socket();
    $body = '';
    if ($socket->connect('127.0.0.1', $port, 30) &&
        $socket->sendAll("GET / HTTP/1.1\r\nHost: pool\r\nConnection: close\r\n\r\n", 30)) {
        $all = '';
        while (($data = $socket->recv(65536, 30)) !== false && $data !== '') {
            $all .= $data;
        }
        $body = (string)substr($all, (int)strpos($all, "\r\n\r\n") + 4);
    }
    $socket->close();
    return $body;
}

var_dump($result);
echo count(pool_lines("$dir/stopped")), " workers stopped\n";
foreach (pool_lines("$dir/answers") as $line) {
    $pids = explode(' ', $line);
    $server = array_shift($pids);
    echo "$server: ", count($pids), " pids answered, ",
        in_array((string)getmypid(), $pids, true) ? "one is the master" : "none is the master", "\n";
}
echo pool_no_child_left(), "\n";
// The master still listens on both: served now by itself.
Sgo(fn() => $tcp->start());
Sgo(fn() => $http->start());
echo "tcp after the pool: ", tcp_ask($tcp->port) === (string)getmypid() ? 'answered by the master' : 'no answer', "\n";
echo "http after the pool: ", http_get($http->port) === (string)getmypid() ? 'answered by the master' : 'no answer', "\n";
$tcp->shutdown();
$http->shutdown();
?>
--EXPECT--
bool(true)
2 workers stopped
tcp: 2 pids answered, none is the master
http: 2 pids answered, none is the master
no child left
tcp after the pool: answered by the master
http after the pool: answered by the master
