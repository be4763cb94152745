--TEST--
The PHP-level fuzzer's verdict on a run: PHP's own end at its hard memory limit (status 137 at once, "Hard
memory limit of N bytes exhausted", which PHP 8.2 and 8.4 give for random_bytes(1 << 40) without study) is PHP's,
not a hang; a run killed by timeout(1) when its time is up is a hang, whatever its output; crashes and sanitizer
reports fail
--SKIPIF--
<?php if (!is_file(__DIR__ . '/../../fuzz/php/verdict.php')) die('skip the fuzzer is not in this tree (a package)'); ?>
--FILE--
<?php
require __DIR__ . '/../../fuzz/php/verdict.php';
$hard = "Hard memory limit of 268435456 bytes exhausted (tried to allocate 1099511631872 bytes) in x.php on line 3";
var_dump(verdict(137, $hard, 0.2, 20));
var_dump(verdict(137, $hard, 20.0, 20));
var_dump(verdict(137, "end of script\n", 20.1, 20));
var_dump(verdict(137, "end of script\n", 0.2, 20));
var_dump(verdict(255, "Fatal error: Uncaught Exception: fuzz", 0.5, 20));
var_dump(verdict(0, "end of script\n", 0.5, 20));
var_dump(verdict(139, "", 0.5, 20));
var_dump(verdict(0, "==1==ERROR: AddressSanitizer: heap-use-after-free", 0.5, 20));
?>
--EXPECT--
NULL
string(4) "hang"
string(4) "hang"
string(8) "signal 9"
NULL
NULL
string(9) "signal 11"
string(31) "report: ERROR: AddressSanitizer"
