--TEST--
With HOOK_SOCKETS, socket_recv() with MSG_WAITALL gives what PHP's blocking call gives: on a UDP socket one datagram
(MSG_WAITALL does nothing for datagrams: "ab" of "ab" and "cd"), with MSG_PEEK on a stream socket the queue from its
head ("abcdef" when "def" comes after "abc" was peeked, not "abcabc"), and SO_RCVTIMEO bounds the whole call (a
sender trickling a byte every 50 ms does not keep it waiting past the timeout)
--EXTENSIONS--
study
sockets
--FILE--
<?php
use Study\Runtime;

function udp_pair(): array {
    $a = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    $b = socket_create(AF_INET, SOCK_DGRAM, SOL_UDP);
    socket_bind($a, '127.0.0.1', 0);
    socket_getsockname($a, $host, $port);
    return [$a, $b, $port];
}
function udp_two_datagrams_then_recv(bool $send_later): string {
    [$a, $b, $port] = udp_pair();
    $send = function () use ($b, $port) {
        socket_sendto($b, "ab", 2, 0, '127.0.0.1', $port);
        socket_sendto($b, "cd", 2, 0, '127.0.0.1', $port);
    };
    if (!$send_later) {
        $send();
    }
    $result = null;
    $reader = Sgo(function () use ($a, &$result) {
        $got = socket_recv($a, $buffer, 4, MSG_WAITALL);
        $result = var_export($got, true) . ' ' . var_export($buffer, true);
    });
    if ($send_later) {
        Sgo($send);
    }
    Sco::join([$reader]);
    return $result;
}

Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
echo "udp, queued (hooked): ", udp_two_datagrams_then_recv(false), "\n";
echo "udp, sent later (hooked): ", udp_two_datagrams_then_recv(true), "\n";

/* MSG_PEEK|MSG_WAITALL: the reader peeks "abc" before "def" is written */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
$peeked = null;
$reader = Sgo(function () use ($pair, &$peeked) {
    $got = socket_recv($pair[0], $buffer, 6, MSG_PEEK | MSG_WAITALL);
    $peeked = var_export($got, true) . ' ' . var_export($buffer, true);
});
Sgo(function () use ($pair) {
    socket_write($pair[1], "abc");
    Sco::sleep(0.05);
    socket_write($pair[1], "def");
});
Sco::join([$reader]);
echo "peek (hooked): $peeked, then read: ", var_export(socket_read($pair[0], 100), true), "\n";

/* SO_RCVTIMEO of 0.2 s bounds the whole call: 20 bytes a byte every 50 ms take at least 1 s */
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_set_option($pair[0], SOL_SOCKET, SO_RCVTIMEO, ['sec' => 0, 'usec' => 200000]);
$writer = Sgo(function () use ($pair) {
    for ($i = 0; $i < 20; $i++) {
        socket_write($pair[1], "x");
        Sco::sleep(0.05);
    }
});
$got = socket_recv($pair[0], $buffer, 100, MSG_WAITALL);
echo "trickle (hooked): returned before the sender ended: ", $got !== false && $got < 20 ? "yes" : "no ($got)", "\n";
Sco::join([$writer]);

Runtime::disableCoroutine();
/* PHP's own calls, for comparison */
[$a, $b, $port] = udp_pair();
socket_sendto($b, "ab", 2, 0, '127.0.0.1', $port);
socket_sendto($b, "cd", 2, 0, '127.0.0.1', $port);
$got = socket_recv($a, $buffer, 4, MSG_WAITALL);
echo "udp (PHP): ", var_export($got, true), ' ', var_export($buffer, true), "\n";
socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair);
socket_write($pair[1], "abc");
socket_write($pair[1], "def");
$got = socket_recv($pair[0], $buffer, 6, MSG_PEEK | MSG_WAITALL);
echo "peek (PHP): ", var_export($got, true), ' ', var_export($buffer, true), "\n";
?>
--EXPECT--
udp, queued (hooked): 2 'ab'
udp, sent later (hooked): 2 'ab'
peek (hooked): 6 'abcdef', then read: 'abcdef'
trickle (hooked): returned before the sender ended: yes
udp (PHP): 2 'ab'
peek (PHP): 6 'abcdef'
