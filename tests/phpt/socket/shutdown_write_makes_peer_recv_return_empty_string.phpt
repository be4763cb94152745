--TEST--
Study\Coroutine\Socket::shutdown(): SHUT_WR (1) ends the stream for the peer, whose recv() returns '' after the queued data, also when it was already waiting; the other direction stays open (the peer can still answer); SHUT_RDWR (2, the default) ends both directions: the peer reads '', a send() fails and a recv() returns ''; shutdown() of an unconnected socket returns false with ENOTCONN (107)
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
require __DIR__ . '/connected_pair.inc';

[$a, $b] = connected_pair();
$answer = Sgo(function () use ($b) {
    $request = '';
    while (($chunk = $b->recv(100, 10)) !== '') {
        if ($chunk === false) {
            echo "peer: recv failed {$b->errCode}\n";
            return;
        }
        $request .= $chunk;
    }
    echo "peer: got '$request' then '' (errCode {$b->errCode})\n";
    var_dump($b->sendAll("answer to $request"));
    $b->close();
});
$a->send('question');
var_dump($a->shutdown(1));
$reply = '';
while (($chunk = $a->recv(100, 10)) !== '' && $chunk !== false) {
    $reply .= $chunk;
}
echo "main: still reads after SHUT_WR: '$reply'\n";
Sco::join([$answer]);
$a->close();

echo "-- SHUT_RDWR\n";
[$a, $b] = connected_pair();
var_dump($a->shutdown());
var_dump($b->recv(100, 10));
var_dump($a->send('after SHUT_RDWR', 1));
echo "main: send after shutdown failed: ", $a->errCode !== 0 ? "yes" : "NO", "\n";
var_dump($a->recv(100, 10));
$a->close();
$b->close();

$unconnected = new Socket();
var_dump($unconnected->shutdown(1), $unconnected->errCode);
$unconnected->close();
?>
--EXPECT--
bool(true)
peer: got 'question' then '' (errCode 0)
int(18)
main: still reads after SHUT_WR: 'answer to question'
-- SHUT_RDWR
bool(true)
string(0) ""
bool(false)
main: send after shutdown failed: yes
string(0) ""
bool(false)
int(107)
