--TEST--
Study\Coroutine\System::gethostbyname(): "localhost" is '127.0.0.1' (family AF_INET by default and given explicitly), in a coroutine and in the main script (which it blocks only itself); a numeric address is returned as it is; a timeout that is long enough changes nothing
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Socket;
use Study\Coroutine\System;

$c = Sgo(function () {
    var_dump(System::gethostbyname('localhost'));
    var_dump(System::gethostbyname('localhost', Socket::AF_INET, 10));
    var_dump(System::gethostbyname('127.0.0.1'));
});
echo "main: the coroutine waits for the resolver\n";
Sco::join([$c]);
var_dump(System::gethostbyname('localhost'));
var_dump(System::gethostbyname('LOCALHOST', Socket::AF_INET));
var_dump(System::gethostbyname('10.1.2.3'));
?>
--EXPECT--
main: the coroutine waits for the resolver
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(9) "127.0.0.1"
string(8) "10.1.2.3"
