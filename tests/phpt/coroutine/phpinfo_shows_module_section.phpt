--TEST--
phpinfo(INFO_MODULES) and ReflectionExtension::info(): the study section shows support, version, context backend, the libraries built with and run with, what the curl and pgsql hooks were built with, and the INI entries
--EXTENSIONS--
study
--INI--
study.max_coroutines=1000
--FILE--
<?php
ini_set('study.stack_size', '1M');
$ext = new ReflectionExtension('study');
ob_start();
$ext->info();
$info = ob_get_clean();
echo $info;

// The same section appears in phpinfo(), which sorts the directives.
ob_start();
phpinfo(INFO_MODULES);
$all = ob_get_clean();
$start = strpos($all, "\nstudy\n\nstudy support");
var_dump($start !== false);
$directives = strpos($all, "Directive", $start);
echo substr($all, $start, strpos($all, "\n\n", $directives) - $start), "\n";

// The version row is the extension's version.
var_dump(str_contains($info, "Version => " . phpversion('study') . "\n"), $ext->getVersion() === phpversion('study'));
var_dump(array_keys($ext->getFunctions()));
$ini = $ext->getINIEntries();
ksort($ini);
var_dump($ini);
?>
--EXPECTF--
study

study support => enabled
Version => %d.%d.%s
Context backend => Boost.Context fcontext (Boost %d_%d), shared stacks
libuv => %d.%d.%s
Boost.Context => %d.%d.%d
OpenSSL => %s
http-parser => %d.%d.%s
zlib => %d.%d.%s
HOOK_CURL => libcurl %s headers
HOOK_PGSQL, HOOK_PDO_PGSQL => %s

Directive => Local Value => Master Value
study.stack_size => 1M => 2M
study.max_coroutines => 1000 => 1000
study.hook_flags => 0 => 0
study.dump_signal => no value => no value
bool(true)

study

study support => enabled
Version => %d.%d.%s
Context backend => Boost.Context fcontext (Boost %d_%d), shared stacks
libuv => %d.%d.%s
Boost.Context => %d.%d.%d
OpenSSL => %s
http-parser => %d.%d.%s
zlib => %d.%d.%s
HOOK_CURL => libcurl %s headers
HOOK_PGSQL, HOOK_PDO_PGSQL => %s

Directive => Local Value => Master Value
study.dump_signal => no value => no value
study.hook_flags => 0 => 0
study.max_coroutines => 1000 => 1000
study.stack_size => 1M => 2M
bool(true)
bool(true)
array(4) {
  [0]=>
  string(22) "study_coroutine_create"
  [1]=>
  string(3) "Sgo"
  [2]=>
  string(16) "study_event_init"
  [3]=>
  string(16) "study_event_wait"
}
array(4) {
  ["study.dump_signal"]=>
  string(0) ""
  ["study.hook_flags"]=>
  string(1) "0"
  ["study.max_coroutines"]=>
  string(4) "1000"
  ["study.stack_size"]=>
  string(2) "1M"
}
