--TEST--
With STDOUT a regular file (`php script.php > out.txt`), enabling HOOK_FILE keeps what echo wrote before it: the
standard streams are adopted without moving the descriptor (PHP's cast to a descriptor first seeked it to the STDOUT
stream's own position, 0, as echo writes past that stream: the output after each enableCoroutine() overwrote the
output before it). A hooked flock(STDOUT) does not move it either
--EXTENSIONS--
study
--FILE--
<?php
$child = <<<'CHILD'
echo "A\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE);
echo "B\n";
fwrite(STDOUT, "b\n");
Study\Runtime::disableCoroutine();
echo "C\n";
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_FILE);
echo "D\n";
var_dump(flock(STDOUT, LOCK_EX));
echo "E\n";
Sgo(function () {
    echo "F\n";
    var_dump(flock(STDOUT, LOCK_UN));
    echo "G\n";
});
CHILD;
// The child loads the extension this test runs with.
preg_match('/extension=([^\0]*study[^\0]*\.so)/', file_get_contents('/proc/self/cmdline'), $m);
$out = tempnam(sys_get_temp_dir(), 'study-stdout-');
$process = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . $m[1], '-r', $child], [1 => ['file', $out, 'w']], $pipes);
var_dump(proc_close($process));
echo file_get_contents($out);
unlink($out);
?>
--EXPECT--
int(0)
A
B
b
C
D
bool(true)
E
F
bool(true)
G
