--TEST--
Study\Coroutine\System::getaddrinfo(): "localhost" gives a list of address strings that contains '127.0.0.1' (family 0, both families, by default; AF_INET gives only IPv4 addresses), also with a numeric service and with SOCK_DGRAM; a numeric address gives itself; in a coroutine and in the main script
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
use Study\Coroutine\System;

function show(string $label, $list, bool $v4only = false): void
{
    if (!is_array($list)) {
        echo "$label: NOT a list: ", var_export($list, true), "\n";
        return;
    }
    $ok = $list !== [] && array_is_list($list) && count(array_filter($list, fn($a) => is_string($a) && filter_var($a, FILTER_VALIDATE_IP) !== false)) === count($list);
    echo "$label: a list of addresses: ", var_export($ok, true), ", has 127.0.0.1: ", var_export(in_array('127.0.0.1', $list, true), true);
    if ($v4only) {
        echo ", only IPv4: ", var_export(count(array_filter($list, fn($a) => filter_var($a, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4) === false)) === 0, true);
    }
    echo "\n";
}

Sco::join([Sgo(function () {
    show('coroutine, default', System::getaddrinfo('localhost'));
    show('coroutine, AF_INET', System::getaddrinfo('localhost', Socket::AF_INET), true);
})]);
show('main, default', System::getaddrinfo('localhost'));
show('main, AF_INET, SOCK_DGRAM, service 53', System::getaddrinfo('localhost', Socket::AF_INET, Socket::SOCK_DGRAM, 0, '53'), true);
show('main, AF_INET, service 80, timeout 10', System::getaddrinfo('localhost', Socket::AF_INET, Socket::SOCK_STREAM, 0, '80', 10), true);
var_dump(System::getaddrinfo('127.0.0.1', Socket::AF_INET));
?>
--EXPECT--
coroutine, default: a list of addresses: true, has 127.0.0.1: true
coroutine, AF_INET: a list of addresses: true, has 127.0.0.1: true, only IPv4: true
main, default: a list of addresses: true, has 127.0.0.1: true
main, AF_INET, SOCK_DGRAM, service 53: a list of addresses: true, has 127.0.0.1: true, only IPv4: true
main, AF_INET, service 80, timeout 10: a list of addresses: true, has 127.0.0.1: true, only IPv4: true
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
