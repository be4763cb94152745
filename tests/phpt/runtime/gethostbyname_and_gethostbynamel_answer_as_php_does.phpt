--TEST--
With HOOK_DNS, gethostbyname() and gethostbynamel() answer as PHP's do, in the main script and in a coroutine, the same as with the hooks disabled: 'localhost' gives '127.0.0.1' (and a list holding it), an IP literal gives itself, a name that does not resolve gives the name itself (and false from gethostbynamel()), a name over 255 characters warns and gives the name back (false from gethostbynamel())
--EXTENSIONS--
study
--FILE--
<?php
function lookups(string $where): void
{
    echo "-- $where\n";
    var_dump(gethostbyname('localhost'));
    var_dump(in_array('127.0.0.1', gethostbynamel('localhost'), true));
    var_dump(gethostbyname('127.0.0.1'));
    var_dump(gethostbynamel('127.0.0.1'));
    var_dump(gethostbyname('nonexistent.invalid'));
    var_dump(gethostbynamel('nonexistent.invalid'));
    var_dump(gethostbyname(str_repeat('a', 300)) === str_repeat('a', 300));
    var_dump(gethostbynamel(str_repeat('a', 300)));
}
lookups("hooks disabled");
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_DNS);
lookups("main script");
Sco::join([Sgo('lookups', "coroutine")]);
?>
--EXPECTF--
-- hooks disabled
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
string(19) "nonexistent.invalid"
bool(false)

Warning: gethostbyname(): Host name cannot be longer than 255 characters in %s on line %d
bool(true)

Warning: gethostbynamel(): Host name cannot be longer than 255 characters in %s on line %d
bool(false)
-- main script
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
string(19) "nonexistent.invalid"
bool(false)

Warning: gethostbyname(): Host name cannot be longer than 255 characters in %s on line %d
bool(true)

Warning: gethostbynamel(): Host name cannot be longer than 255 characters in %s on line %d
bool(false)
-- coroutine
string(9) "127.0.0.1"
bool(true)
string(9) "127.0.0.1"
array(1) {
  [0]=>
  string(9) "127.0.0.1"
}
string(19) "nonexistent.invalid"
bool(false)

Warning: gethostbyname(): Host name cannot be longer than 255 characters in %s on line %d
bool(true)

Warning: gethostbynamel(): Host name cannot be longer than 255 characters in %s on line %d
bool(false)
