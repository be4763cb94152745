--TEST--
The stubs (ext/stubs/*.stub.php, which IDEs and static analysers read) match the extension: every class and function,
each constant's name, each property, each method with its modifiers, parameter names, types, defaults and return type
is the same in the stubs, declared as PHP code in a PHP without the extension, as in the loaded extension
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signatures.inc';

// The stubs, declared in a child PHP without the extension: each file until all are in (a class whose parent is in a
// later file waits for it).
$child = <<<'PHP'
require $argv[1];
$before_classes = get_declared_classes();
$files = glob($argv[2] . '/*.stub.php');
$code = '';
foreach ($files as $file) {
    $code .= preg_replace('/^<\?php/', '', file_get_contents($file)) . "\n";
}
// Each stub file is bracketed namespaces or plain global code; the plain ones are bracketed here so that they mix.
$code = '';
foreach ($files as $file) {
    $source = preg_replace('/^<\?php/', '', file_get_contents($file));
    $code .= preg_match('/^\s*namespace\s+[\w\\\\]*\s*\{/m', $source) ? $source : "namespace {\n$source\n}\n";
}
eval($code);
$classes = array_values(array_diff(get_declared_classes(), $before_classes));
echo listing($classes, get_defined_functions()['user'] ? array_values(array_filter(get_defined_functions()['user'],
    fn($name) => !in_array($name, ['default_of', 'signature', 'listing'], true))) : []);
PHP;
$process = proc_open([PHP_BINARY, '-n', '-r', $child, __DIR__ . '/signatures.inc', dirname(__DIR__, 3) . '/ext/stubs'],
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

