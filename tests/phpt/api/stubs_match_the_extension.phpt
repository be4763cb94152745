--TEST--
The published stubs (stubs/study.php, the Composer package study/study-stubs that IDEs and static analysers read,
generated from ext/stubs/*.stub.php by scripts/stubs.sh) match the extension: every class and function, each constant's
name and value, each property, each method with its modifiers, parameter names, types, defaults and return type is the
same in the stubs, declared as PHP code in a PHP without the extension, as in the loaded extension
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signatures.inc';

// The stubs, declared in a child PHP without the extension.
$child = <<<'PHP'
require $argv[1];
$before_classes = get_declared_classes();
$before_functions = get_defined_functions()['user'];
require $argv[2];
echo listing(array_values(array_diff(get_declared_classes(), $before_classes)),
    array_values(array_diff(get_defined_functions()['user'], $before_functions)));
PHP;
$process = proc_open([PHP_BINARY, '-n', '-r', $child, __DIR__ . '/signatures.inc', dirname(__DIR__, 3) . '/stubs/study.php'],
    [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
$stubs = stream_get_contents($pipes[1]);
$errors = stream_get_contents($pipes[2]);
proc_close($process);

$extension = new ReflectionExtension('study');
$loaded = listing(array_keys($extension->getClasses()), array_map('strtolower', array_keys($extension->getFunctions())));

$stub_lines = explode("\n", $stubs);
$loaded_lines = explode("\n", $loaded);
echo "members: ", count($loaded_lines) > 100 ? 'many' : count($loaded_lines), "\n";
echo "only in the stubs:\n", implode("\n", array_diff($stub_lines, $loaded_lines)), "\n";
echo "only in the extension:\n", implode("\n", array_diff($loaded_lines, $stub_lines)), "\n";
echo $errors;
?>
--EXPECT--
members: many
only in the stubs:

only in the extension:
