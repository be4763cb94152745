--TEST--
Study\Coroutine\Socket TLS: a fatal error in another coroutine while handshakes wait (a client coroutine's enableCrypto(), the main script's server-side enableCrypto(), a TLS Server's handshake before its handler; every peer silent) ends the script with PHP's message and exit status 255, and nothing leaks (the script, tls_fatal_error_while_handshakes_wait.inc, runs in a child PHP with USE_TRACKED_ALLOC=1, as the other fatal error tests do: the valgrind pass, which follows children, sees every malloc that was not freed, and not the PHP objects the abandoned coroutines' frames still hold, which PHP itself leaves to its allocator after a fatal error). Regression: each of those calls held a reference to its TLS context (and the option strings) in C locals across the wait, which the fatal error's long jump skipped or the abandoned coroutine never released: the SSL_CTX leaked
--EXTENSIONS--
study
openssl
--INI--
pcre.jit=0
--FILE--
<?php
// The child PHP loads the same study.so as this process.
preg_match('~\s(/\S+/study\.so)$~m', file_get_contents('/proc/self/maps'), $m) or die("study.so not found in maps\n");
// PHP 8.4 deprecates E_USER_ERROR, which is still the simplest fatal error on every version: no deprecation notice;
// and no backtrace under the message, which PHP 8.5 adds by default.
$cmd = [PHP_BINARY, '-n', '-d', "extension={$m[1]}", '-d', 'display_errors=1', '-d', 'log_errors=0',
    '-d', 'error_reporting=' . (E_ALL & ~E_DEPRECATED), '-d', 'fatal_error_backtraces=0',
    __DIR__ . '/tls_fatal_error_while_handshakes_wait.inc'];
$proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['USE_TRACKED_ALLOC' => '1'] + getenv());
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
echo "status ", proc_close($proc), "\n", $out;
?>
--EXPECTF--
status 255
client handshake waits
main handshake waits

Fatal error: boom in %s on line %d
