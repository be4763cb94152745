--TEST--
Study\Coroutine\System::gethostbyname() with AF_INET6: '::1' is returned as it is, in a coroutine and in the main script; "localhost" gives '::1' where the hosts file maps it so (elsewhere '::1' or false with a warning, as the resolver says)
--EXTENSIONS--
study
--SKIPIF--
<?php
if (@stream_socket_server('tcp://[::1]:0') === false) die('skip ::1 cannot be bound');
?>
--INI--
pcre.jit=0
--FILE--
<?php
// pcre.jit=0: valgrind reports PCRE's JIT-compiled code as reading uninitialised memory.
use Study\Coroutine\Socket;
use Study\Coroutine\System;

Sco::join([Sgo(function () {
    var_dump(System::gethostbyname('::1', Socket::AF_INET6));
})]);
var_dump(System::gethostbyname('::1', Socket::AF_INET6, 10));
var_dump(System::getaddrinfo('::1', Socket::AF_INET6));

$mapped = (bool) preg_match('/^\s*::1\s.*\blocalhost\b/m', (string) @file_get_contents('/etc/hosts'));
Sco::join([Sgo(function () use ($mapped) {
    $r = @System::gethostbyname('localhost', Socket::AF_INET6);
    echo "coroutine: localhost as IPv6: ", $r === "::1" || (!$mapped && $r === false) ? "as the hosts file says" : "WRONG: " . var_export($r, true), "\n";
})]);
$r = @System::gethostbyname('localhost', Socket::AF_INET6);
echo "main: localhost as IPv6: ", $r === "::1" || (!$mapped && $r === false) ? "as the hosts file says" : "WRONG: " . var_export($r, true), "\n";
?>
--EXPECT--
string(3) "::1"
string(3) "::1"
array(1) {
  [0]=>
  string(3) "::1"
}
coroutine: localhost as IPv6: as the hosts file says
main: localhost as IPv6: as the hosts file says
