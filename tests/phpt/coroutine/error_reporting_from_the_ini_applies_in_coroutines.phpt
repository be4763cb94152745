--TEST--
Study\Coroutine: a new coroutine starts with the error_reporting of the INI settings (-d, php.ini) also when the script never called error_reporting() (it started with E_ALL: warnings the settings silence were shown in coroutines)
--EXTENSIONS--
study
--INI--
error_reporting=E_ALL & ~E_WARNING
--FILE--
<?php
Sgo(function () {
    echo $undefined;
    var_dump(error_reporting() === (E_ALL & ~E_WARNING));
});
?>
--EXPECT--
bool(true)
