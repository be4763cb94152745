--TEST--
Study\Http\Server's "max_connections": at the limit the server stops accepting, so an excess connection waits in the
listen backlog (connected by the kernel, its request unanswered) until a served one closes; then it is served
--EXTENSIONS--
study
--FILE--
<?php
use Study\Http\{Server, Request, Response};
use Study\Coroutine\Socket;

$server = new Server('127.0.0.1', 0, ['max_connections' => 2]);
$server->handle('/', function (Request $req, Response $res) {
    $res->end("hello {$req->path}\n");
});
Sgo(fn() => $server->start());

/* Reads one response (its body is one line) within $timeout seconds per read; 'no answer' when none came. */
function answer(Socket $socket, float $timeout): string {
    $reply = '';
    while (!(str_contains($reply, "\r\n\r\n") && str_ends_with($reply, "\n") && !str_ends_with($reply, "\r\n"))
        && ($data = $socket->recv(4096, $timeout)) !== false && $data !== '') {
        $reply .= $data;
    }
    return $reply === '' ? "no answer\n" : substr($reply, strrpos($reply, "\r\n\r\n") + 4);
}
function ask(Socket $socket, string $path, float $timeout): string {
    $socket->sendAll("GET $path HTTP/1.1\r\nHost: x\r\n\r\n");
    return answer($socket, $timeout);
}
$clients = [];
foreach ([1, 2, 3] as $i) {
    $clients[$i] = new Socket();
    var_dump($clients[$i]->connect('127.0.0.1', $server->port, 10));
}
echo "1: ", ask($clients[1], '/one', 30);
echo "2: ", ask($clients[2], '/two', 30);
/* The third is in the backlog: no answer within a while (a loaded machine can only make this pass, never fail). */
echo "3: ", ask($clients[3], '/three', 0.5);
/* Keep-alive: the first two are still served. */
echo "1: ", ask($clients[1], '/one-again', 30);
$clients[2]->close();
/* Its request was sent already: the answer comes once the server accepts it. */
echo "3 after 2 closed: ", answer($clients[3], 30);
$clients[1]->close();
$clients[3]->close();
$server->shutdown();
try {
    new Server('127.0.0.1', 0, ['max_connections' => -1]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
1: hello /one
2: hello /two
3: no answer
1: hello /one-again
3 after 2 closed: hello /three
Study\Http\Server::__construct(): Argument #3 ($options) option "max_connections" must be an integer from 0 to 2147483647
