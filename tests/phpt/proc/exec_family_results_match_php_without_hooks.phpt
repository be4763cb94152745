--TEST--
With HOOK_PROC, exec() (with and without its array, which it appends to), system(), passthru(), shell_exec(),
backticks and popen()/pclose() in a coroutine give the same output, return values and exit codes as without hooks:
trailing whitespace stripped from exec()'s lines and the last line, system()'s lines printed, raw output of passthru(),
null from shell_exec() for no output, exit codes of failing commands, a child killed by a signal, a command that does
not exist, and PHP's own errors for an empty command or one with a null byte
--EXTENSIONS--
study
--INI--
; backticks are deprecated since PHP 8.5 (at compile time); they still run shell_exec()
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
function run_all(): string {
    ob_start();
    $lines = ['kept'];
    var_dump(exec("printf 'a  \\nb\\t\\n\\n  last \\n'", $lines, $rc), $lines, $rc);
    var_dump(exec("printf 'no newline at end  '; exit 4", result_code: $rc), $rc);
    var_dump(exec("true"), exec("exit 1", $none, $rc), $none, $rc);
    var_dump(system("echo one; echo two; exit 7", $rc), $rc);
    var_dump(system("printf 'x\\ny'"), system("true"));
    var_dump(passthru("printf 'raw\\0bytes\\n'; exit 2", $rc), $rc);
    var_dump(shell_exec("echo shell; echo exec"), shell_exec("true"), `printf back`);
    var_dump(exec("kill -9 \$\$", $out, $rc), $rc);
    var_dump(exec("/nonexistent/command 2>/dev/null", $out, $rc), $rc);
    $p = popen("printf 'one\\ntwo\\n'; exit 5", "r");
    var_dump(fgets($p), fread($p, 100), feof($p), pclose($p));
    $p = popen("cat > /dev/null; exit 6", "w");
    var_dump(fwrite($p, str_repeat("z", 200000)), pclose($p));
    foreach (['exec', 'system', 'passthru', 'shell_exec'] as $f) {
        foreach (["", "a\0b"] as $bad) {
            try {
                $f($bad);
            } catch (ValueError $e) {
                echo "$f: ", $e->getMessage(), "\n";
            }
        }
    }
    return ob_get_clean();
}
$plain = run_all();
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_PROC);
Sgo(function () use ($plain) {
    $hooked = run_all();
    echo $hooked === $plain ? "same as without hooks\n" : "DIFFERENT:\n$plain\n----\n$hooked\n";
    echo $hooked;
});
?>
--EXPECTF--
same as without hooks
string(6) "  last"
array(5) {
  [0]=>
  string(4) "kept"
  [1]=>
  string(1) "a"
  [2]=>
  string(1) "b"
  [3]=>
  string(0) ""
  [4]=>
  string(6) "  last"
}
int(0)
string(17) "no newline at end"
int(4)
string(0) ""
string(0) ""
array(0) {
}
int(1)
one
two
string(3) "two"
int(7)
x
ystring(1) "y"
string(0) ""
raw%0bytes
NULL
int(2)
string(11) "shell
exec
"
NULL
string(4) "back"
string(0) ""
int(9)
string(0) ""
int(127)
string(4) "one
"
string(4) "two
"
bool(true)
int(5)
int(200000)
int(6)
exec: exec(): Argument #1 ($command) %s empty
exec: exec(): Argument #1 ($command) must not contain any null bytes
system: system(): Argument #1 ($command) %s empty
system: system(): Argument #1 ($command) must not contain any null bytes
passthru: passthru(): Argument #1 ($command) %s empty
passthru: passthru(): Argument #1 ($command) must not contain any null bytes
shell_exec: shell_exec(): Argument #1 ($command) %s empty
shell_exec: shell_exec(): Argument #1 ($command) must not contain any null bytes
