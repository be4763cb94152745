--TEST--
Study\Coroutine\Socket over a Unix stream socket: bind() to a path under the temp dir, listen(), accept() in a coroutine, connect() to the path (no port) from a coroutine and from the main script, echo of text and binary data, getsockname() reports the path; a connect to a path nobody listens on fails with ENOENT (2) or ECONNREFUSED (111)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;

$path = sys_get_temp_dir() . '/study_unix_stream_' . getmypid() . '_' . bin2hex(random_bytes(4)) . '.sock';
$listener = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
var_dump($listener->bind($path), $listener->listen());
echo "listener: bound to the path: ", $listener->getsockname()['address'] === $path ? "yes" : "NO", ", file exists: ", var_export(file_exists($path), true), "\n";
$server = Sgo(function () use ($listener) {
    for ($i = 0; $i < 2; $i++) {
        $conn = $listener->accept(30);
        while (($data = $conn->recv(65536, 30)) !== '' && $data !== false) {
            $conn->sendAll($data);
        }
        $conn->close();
    }
});
$binary = random_bytes(200000) . "\0";
$c = Sgo(function () use ($path, $binary) {
    $client = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
    var_dump($client->connect($path, 0, 30));
    var_dump($client->sendAll($binary, 30));
    echo "coroutine: echo identical: ", $client->recvAll(strlen($binary), 30) === $binary ? "yes" : "NO", "\n";
    $client->close();
});
Sco::join([$c]);

$client = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
var_dump($client->connect($path));
$client->sendAll('unix from main');
var_dump($client->recvAll(14, 30));
$client->close();
Sco::join([$server]);
$listener->close();
unlink($path);

$client = new Socket(Socket::AF_UNIX, Socket::SOCK_STREAM);
var_dump($client->connect($path, 0, 30));
echo "connect to a removed path: errCode ", in_array($client->errCode, [2, 111], true) ? "ENOENT or ECONNREFUSED" : $client->errCode, "\n";
$client->close();
var_dump(file_exists($path));
?>
--EXPECT--
bool(true)
bool(true)
listener: bound to the path: yes, file exists: true
bool(true)
int(200001)
coroutine: echo identical: yes
bool(true)
string(14) "unix from main"
bool(false)
connect to a removed path: errCode ENOENT or ECONNREFUSED
bool(false)
