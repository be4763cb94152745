--TEST--
With Xdebug in develop mode, each coroutine's xdebug_get_function_stack() holds its own frames only, and 1,000
suspended coroutines add nothing to any stack (every suspended coroutine's frames piled up in Xdebug's one stack:
past xdebug.max_nesting_level the script died with "Uncaught Error in exception handling" and status 255)
--SKIPIF--
<?php
// run-tests checks this without the test's --INI-- (its zend_extension line loads Xdebug for the test itself).
if (!is_file(ini_get('extension_dir') . '/xdebug.so')) die('skip Xdebug is not installed (Debian: php8.2-xdebug)');
?>
--INI--
zend_extension=xdebug
opcache.jit_buffer_size=0
xdebug.mode=develop
xdebug.max_nesting_level=256
--FILE--
<?php
// Function names with what differs between runs taken out: Xdebug names a fiber's bottom frame after its context's
// address, and closures after their file.
function frames(): array {
    return array_map(fn($name) => preg_replace(['/^\{fiber:[0-9A-F]+\}$/', '/^\{closure:.*\}$/'], ['{fiber}', '{closure}'],
        $name), array_column(xdebug_get_function_stack(), 'function'));
}
function inner(): array {
    Sco::sleep(0.001);
    return frames();
}
function outer(): array {
    return inner();
}
$stacks = [];
$wg = new Study\Coroutine\WaitGroup(3);
for ($i = 0; $i < 3; $i++) {
    Sgo(function () use ($i, &$stacks, $wg) {
        $stacks[$i] = outer();
        $wg->done();
    });
}
$wg->wait();
echo json_encode($stacks[0]), "\n";
echo "the same in every coroutine: ", count(array_unique(array_map('json_encode', $stacks))) === 1 ? 'yes' : 'no', "\n";

$n = 1000;
$wg = new Study\Coroutine\WaitGroup($n);
for ($i = 0; $i < $n; $i++) {
    Sgo(function () use ($wg) {
        Sco::sleep(0.01);
        $wg->done();
    });
}
$wg->wait();
echo "$n suspended coroutines ended; main's stack: ", json_encode(frames()), "\n";
?>
--EXPECT--
["{fiber}","{closure}","outer","inner","frames"]
the same in every coroutine: yes
1000 suspended coroutines ended; main's stack: ["{main}","frames"]
