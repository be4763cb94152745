--TEST--
Study\Coroutine\System: a name that does not resolve ("nonexistent.invalid") makes gethostbyname() and getaddrinfo() return false (gethostbyname() with a warning), in a coroutine and in the main script; an empty name too; later lookups work
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\System;

Sco::join([Sgo(function () {
    var_dump(System::gethostbyname('nonexistent.invalid'));
    var_dump(System::getaddrinfo('nonexistent.invalid'));
})]);
var_dump(System::gethostbyname('nonexistent.invalid'));
var_dump(System::gethostbyname(''));
echo "later: ", System::gethostbyname('localhost'), "\n";
?>
--EXPECTF--
%Abool(false)
%Abool(false)
%Abool(false)
%Abool(false)
later: 127.0.0.1
